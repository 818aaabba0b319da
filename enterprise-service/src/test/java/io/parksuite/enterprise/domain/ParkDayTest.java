package io.parksuite.enterprise.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParkDayTest {

    @Test
    void theParksDayBeginsAtMidnightInShanghai() {
        Clock lateUtcEvening = Clock.fixed(Instant.parse("2026-01-01T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 1, 2), ParkDay.today(lateUtcEvening));
        Clock beforeShanghaiMidnight = Clock.fixed(Instant.parse("2026-01-01T15:59:59Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 1, 1), ParkDay.today(beforeShanghaiMidnight));
    }
}
