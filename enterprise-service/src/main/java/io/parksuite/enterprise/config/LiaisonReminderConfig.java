package io.parksuite.enterprise.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Settings of the liaison reminder scan (诉求提醒), {@code parksuite.liaison.reminders.*}: how many working
 * days ahead a deadline makes a request due, how often the scan runs, and whether it runs on a schedule at all.
 * The window's range is checked by its converter, so a wrong value stops the service at start-up without
 * the cost of a Bean Validation factory for configuration.
 */
@ConfigMapping(prefix = "parksuite.liaison.reminders")
public interface LiaisonReminderConfig {

    /** A pending request whose deadline is at most this many working days away is due (0 to 60). */
    @WithDefault("2")
    @WithConverter(WindowWorkingDays.class)
    int windowWorkingDays();

    /** The period of the scheduled scan. */
    @WithDefault("1h")
    String every();

    /** Off in tests, which run the scan themselves. */
    @WithDefault("true")
    boolean scheduled();

    /** Reads the window, refusing a value outside 0 to 60 working days. */
    final class WindowWorkingDays implements Converter<Integer> {

        static final int MAX = 60;

        @Override
        public Integer convert(String value) {
            int days = Integer.parseInt(value.strip());
            if (days < 0 || days > MAX) {
                throw new IllegalArgumentException("parksuite.liaison.reminders.window-working-days must be 0 to "
                        + MAX + " working days, not " + days);
            }
            return days;
        }
    }
}
