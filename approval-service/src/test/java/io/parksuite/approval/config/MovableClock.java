package io.parksuite.approval.config;

import io.parksuite.platform.calendar.WorkingCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the tests: the system clock in UTC, which a test shifts by a fixed offset to run deadline
 * scans and 补正 windows as of a later day, and resets afterwards. It replaces the platform's clock bean.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void shift(Duration by) {
        offset = by;
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    /** Makes {@code day} (Asia/Shanghai) today, whatever the shift was before. */
    public void moveTo(LocalDate day) {
        offset = Duration.ofDays(day.toEpochDay() - LocalDate.now(WorkingCalendar.ZONE).toEpochDay());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
