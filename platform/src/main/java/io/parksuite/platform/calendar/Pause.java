package io.parksuite.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of calendar days during which a statutory clock stands still, e.g. 特别程序
 * (hearing, testing, expert review) or the applicant's 补正 time. Both ends are inclusive;
 * an open pause ({@code lastDay == null}) is still running.
 */
public record Pause(LocalDate firstDay, LocalDate lastDay) {

    public Pause {
        Objects.requireNonNull(firstDay, "firstDay");
        if (lastDay != null && lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("pause ends " + lastDay + " before it starts " + firstDay);
        }
    }

    public static Pause open(LocalDate firstDay) {
        return new Pause(firstDay, null);
    }

    public boolean isOpen() {
        return lastDay == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }
}
