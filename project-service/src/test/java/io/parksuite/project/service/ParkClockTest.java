package io.parksuite.project.service;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParkClockTest {

    /** 17:30 UTC on 31 December is already 1 January in the park (UTC+8). */
    private final ParkClock clock = new ParkClock(Clock.fixed(Instant.parse("2019-12-31T17:30:00Z"), ZoneOffset.UTC));

    @Test
    void businessDatesAreDatesInThePark() {
        assertEquals(LocalDate.of(2020, 1, 1), clock.today());
        assertEquals(YearMonth.of(2020, 1), clock.thisMonth());
    }

    @Test
    void recordedInstantsAreInUtc() {
        assertEquals(OffsetDateTime.of(2019, 12, 31, 17, 30, 0, 0, ZoneOffset.UTC), clock.now());
    }
}
