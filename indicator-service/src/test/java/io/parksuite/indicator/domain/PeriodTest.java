package io.parksuite.indicator.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistical period: its format, no January of its own, labels, order and the zone its days end in. */
class PeriodTest {

    @Test
    void parsesYearAndMonth() {
        Period.Result parsed = Period.parse("2019-08");
        assertEquals(new Period(2019, 8), parsed.period());
        assertNull(parsed.error());
        assertEquals("2019-08", parsed.period().toString());
    }

    @Test
    void januaryIsNeverAPeriodOfItsOwn() {
        Period.Result parsed = Period.parse("2019-01");
        assertNull(parsed.period());
        assertTrue(parsed.error().contains("2019-02"), parsed.error());
        assertThrows(IllegalArgumentException.class, () -> new Period(2019, 1));
    }

    @Test
    void refusesWhatIsNotYyyyMmInRange() {
        assertEquals("is required, as YYYY-MM", Period.parse(null).error());
        assertEquals("must be YYYY-MM, e.g. 2019-08", Period.parse("2019-8").error());
        assertEquals("must be YYYY-MM, e.g. 2019-08", Period.parse(" 2019-08").error());
        assertNull(Period.parse("2019-13").period());
        assertNull(Period.parse("1989-05").period());
        assertNull(Period.parse("2101-05").period());
        assertEquals(new Period(2100, 12), Period.parse("2100-12").period());
        assertThrows(IllegalArgumentException.class, () -> Period.of("2019-00"));
    }

    @Test
    void februaryCoversJanuaryToo() {
        assertEquals("1–2月", new Period(2019, 2).monthLabel());
        assertEquals("8月", new Period(2019, 8).monthLabel());
        assertEquals("1–8月", new Period(2019, 8).ytdLabel());
        assertEquals(Optional.empty(), new Period(2019, 2).previousInYear());
        assertEquals(Optional.of(new Period(2019, 2)), new Period(2019, 3).previousInYear());
    }

    @Test
    void afterDecemberComesTheNextYearsFebruary() {
        assertEquals(new Period(2020, 2), new Period(2019, 12).next());
        assertEquals(new Period(2019, 9), new Period(2019, 8).next());
        assertEquals(new Period(2018, 8), new Period(2019, 8).sameMonthLastYear());
    }

    @Test
    void ordersByYearThenMonth() {
        assertTrue(new Period(2018, 12).compareTo(new Period(2019, 2)) < 0);
        assertTrue(new Period(2019, 10).compareTo(new Period(2019, 9)) > 0);
        assertEquals(0, new Period(2019, 9).compareTo(new Period(2019, 9)));
    }

    @Test
    void aPeriodCanBeReportedOnlyOnceItsMonthIsOver() {
        Period august = new Period(2019, 8);
        assertTrue(august.isAfterLastClosedPeriod(LocalDate.of(2019, 8, 31)));
        assertFalse(august.isAfterLastClosedPeriod(LocalDate.of(2019, 9, 1)));
        assertEquals(LocalDate.of(2020, 2, 29), new Period(2020, 2).lastDay());
    }

    @Test
    void daysAndPeriodsEndInShanghai() {
        Clock lateUtc = Clock.fixed(Instant.parse("2019-08-31T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2019, 9, 1), Period.today(lateUtc), "00:30 in Shanghai is already September");
        assertEquals(Instant.parse("2019-08-31T16:00:00Z"), new Period(2019, 8).end());
    }
}
