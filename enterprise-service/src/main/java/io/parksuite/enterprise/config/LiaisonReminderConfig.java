package io.parksuite.enterprise.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the liaison reminder scan (诉求提醒), {@code parksuite.liaison.reminders.*}: how many working
 * days ahead a deadline makes a request due, how often the scan runs, and whether it runs on a schedule at all.
 */
@ConfigMapping(prefix = "parksuite.liaison.reminders")
public interface LiaisonReminderConfig {

    /** A pending request whose deadline is at most this many working days away is due (N ≥ 0). */
    @WithDefault("2")
    @Min(0)
    @Max(60)
    int windowWorkingDays();

    /** The period of the scheduled scan. */
    @WithDefault("1h")
    String every();

    /** Off in tests, which run the scan themselves. */
    @WithDefault("true")
    boolean scheduled();
}
