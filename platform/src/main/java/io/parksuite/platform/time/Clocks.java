package io.parksuite.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock every service reads "now" and "today" from ({@code LocalDate.now(clock)}), so a
 * test can replace it with a clock of its own (an {@code @Alternative} bean) to run deadline scans
 * and retention as of another day. In production it is the system clock.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @Singleton
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
