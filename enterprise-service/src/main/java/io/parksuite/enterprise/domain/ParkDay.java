package io.parksuite.enterprise.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The park's calendar day: deadlines, visits and "today" in the statistics are dates in
 * Asia/Shanghai, whatever zone the server runs in.
 */
public final class ParkDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ParkDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
