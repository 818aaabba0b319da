package io.parksuite.approval.domain;

import io.parksuite.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CalendarLimitsTest {

    private static String refusedField(Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(422, e.status());
        return e.errors().get(0).field();
    }

    @Test
    void datesOutsideTheSupportedYearsAreRefusedNamingTheParameter() {
        assertEquals("from", refusedField(() -> CalendarLimits.requireDate("from", LocalDate.MIN)));
        assertEquals("from", refusedField(() -> CalendarLimits.requireDate("from", LocalDate.of(2009, 12, 31))));
        assertEquals("year", refusedField(() -> CalendarLimits.requireYear("year", 2100)));
        assertEquals(LocalDate.of(2026, 1, 1), CalendarLimits.requireDate("from", LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2010, 1, 1), CalendarLimits.requireDate("from", LocalDate.of(2010, 1, 1)));
    }

    @Test
    void aRangeIsAtMostTenYearsEitherWay() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertEquals("to", refusedField(() -> CalendarLimits.requireRange("to", from, from.plusYears(11))));
        assertEquals("to", refusedField(() -> CalendarLimits.requireRange("to", from, from.minusYears(11))));
        assertEquals("to", refusedField(() -> CalendarLimits.requireRange("to", from, LocalDate.MAX)));
        assertEquals(from.plusYears(10), CalendarLimits.requireRange("to", from, from.plusYears(10)));
    }

    @Test
    void workingDaysAreBounded() {
        assertEquals("days", refusedField(() -> CalendarLimits.requireWorkingDays("days", -1)));
        assertEquals("days", refusedField(() -> CalendarLimits.requireWorkingDays("days", 3651)));
        assertEquals(3650, CalendarLimits.requireWorkingDays("days", 3650));
    }
}
