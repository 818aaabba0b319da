package io.parksuite.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anUnboundedSpanIsRefusedInsteadOfCountedDayByDay() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar.workingDaysBetween(LocalDate.MIN.plusYears(1), LocalDate.MAX.minusYears(1)));
    }

    @Test
    void springFestival2019HasMakeUpWorkdaysOnTheWeekendBefore() {
        assertTrue(calendar.isWorkingDay(d("2019-02-02")), "Saturday 2019-02-02 was a make-up workday");
        assertTrue(calendar.isWorkingDay(d("2019-02-03")), "Sunday 2019-02-03 was a make-up workday");
        for (LocalDate day = d("2019-02-04"); !day.isAfter(d("2019-02-10")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " was a Spring Festival holiday");
        }
        assertTrue(calendar.isWorkingDay(d("2019-02-11")));
        assertEquals("春节", calendar.entry(d("2019-02-05")).orElseThrow().name());
    }

    @Test
    void limitsRunAcrossTheSpringFestival2019() {
        // Thursday 2019-01-31 + 3 working days: Fri 02-01, Sat 02-02 (调休), Sun 02-03 (调休).
        assertEquals(d("2019-02-03"), calendar.addWorkingDays(d("2019-01-31"), 3));
        // One more skips the seven holidays and lands on Monday 02-11.
        assertEquals(d("2019-02-11"), calendar.addWorkingDays(d("2019-01-31"), 4));
        // Counting is the inverse: 01-31 → 02-11 spans 4 working days although 11 calendar days pass.
        assertEquals(4, calendar.workingDaysBetween(d("2019-01-31"), d("2019-02-11")));
        assertEquals(0, calendar.workingDaysBetween(d("2019-02-03"), d("2019-02-10")));
        // A 5-working-day 补正 window opened on Friday 2019-02-01 closes on Wednesday 2019-02-13.
        assertEquals(d("2019-02-13"), calendar.addWorkingDays(d("2019-02-01"), 5));
    }

    @Test
    void ordinaryWeekendsAreRestDaysAndZeroDaysIsTheStartDay() {
        assertFalse(calendar.isWorkingDay(d("2019-03-02")));
        assertTrue(calendar.isWorkingDay(d("2019-03-04")));
        assertEquals(d("2019-03-11"), calendar.addWorkingDays(d("2019-03-04"), 5));
        assertEquals(d("2019-03-04"), calendar.addWorkingDays(d("2019-03-04"), 0));
        assertEquals(d("2019-03-04"), calendar.nextWorkingDayFrom(d("2019-03-02")));
    }

    @Test
    void everyShippedYearIsCoveredAndRecentNoticesAreRight() {
        for (int year = 2010; year <= 2026; year++) {
            assertTrue(calendar.coveredYears().contains(year), "notice for " + year);
            assertFalse(calendar.entries(year).isEmpty());
        }
        assertFalse(calendar.isWorkingDay(d("2025-10-08")), "2025 National Day ran to 10-08");
        assertTrue(calendar.isWorkingDay(d("2025-10-11")), "Saturday 2025-10-11 was a make-up workday");
        assertFalse(calendar.isWorkingDay(d("2026-02-23")), "2026 Spring Festival ran to 02-23");
        assertTrue(calendar.isWorkingDay(d("2026-02-28")));
    }

    @Test
    void makeUpWorkdaysOnlyFallOnWeekendsAndHolidaysAreNeverWorkdays() {
        for (int year = 2010; year <= 2026; year++) {
            for (CalendarDay day : calendar.entries(year)) {
                if (day.type() == DayType.WORKDAY) {
                    assertTrue(day.date().getDayOfWeek().getValue() >= 6, day + " is a weekday");
                    assertTrue(calendar.isWorkingDay(day.date()));
                } else {
                    assertFalse(calendar.isWorkingDay(day.date()));
                }
            }
        }
    }

    @Test
    void pausedDaysStopTheClock() {
        // 特别程序 (expert review) from Tue 2019-03-05 to Mon 2019-03-11 holds five working days.
        List<Pause> review = List.of(new Pause(d("2019-03-05"), d("2019-03-11")));
        assertEquals(d("2019-03-11"), calendar.addWorkingDays(d("2019-03-04"), 5));
        assertEquals(d("2019-03-18"), calendar.addWorkingDays(d("2019-03-04"), 5, review));
        assertEquals(0, calendar.workingDaysBetween(d("2019-03-04"), d("2019-03-11"), review));
        assertEquals(3, calendar.workingDaysBetween(d("2019-03-04"), d("2019-03-14"), review));
        // Two pauses add up; a pause over a holiday changes nothing more than the holiday did.
        List<Pause> two = List.of(new Pause(d("2019-03-05"), d("2019-03-05")),
                new Pause(d("2019-02-04"), d("2019-02-10")), new Pause(d("2019-03-07"), d("2019-03-07")));
        assertEquals(d("2019-03-13"), calendar.addWorkingDays(d("2019-03-04"), 5, two));
    }

    @Test
    void anOpenPauseCountsElapsedTimeButHasNoDeadline() {
        List<Pause> open = List.of(Pause.open(d("2019-03-06")));
        assertEquals(1, calendar.workingDaysBetween(d("2019-03-04"), d("2019-03-29"), open));
        assertThrows(IllegalStateException.class, () -> calendar.addWorkingDays(d("2019-03-04"), 5, open));
        assertEquals(d("2019-03-05"), calendar.addWorkingDays(d("2019-03-04"), 1, open));
    }

    @Test
    void instantsAreReadInShanghaiTime() {
        // 2019-02-10T16:30Z is 00:30 on Monday 2019-02-11 in Shanghai, the first day back at work.
        Instant endOfFestival = Instant.parse("2019-02-10T16:30:00Z");
        assertEquals(d("2019-02-11"), WorkingCalendar.dateOf(endOfFestival));
        assertEquals(1, calendar.workingDaysBetween(Instant.parse("2019-02-03T10:00:00Z"), endOfFestival, List.of()));
    }

    @Test
    void workingDaysLeftTurnsNegativeWhenOverdue() {
        assertEquals(4, calendar.workingDaysLeft(d("2019-01-31"), d("2019-02-11")));
        assertEquals(-4, calendar.workingDaysLeft(d("2019-02-11"), d("2019-01-31")));
        assertEquals(0, calendar.workingDaysLeft(d("2019-02-11"), d("2019-02-11")));
    }

    @Test
    void aLoadedYearReplacesThatYearOnlyAndAddsNewYears() {
        WorkingCalendar amended = calendar.withDays(HolidayCsv.parse("""
                date,type,name
                2027-01-01,HOLIDAY,元旦
                2027-02-06,WORKDAY,春节调休
                """));
        assertTrue(amended.coveredYears().contains(2027));
        assertFalse(amended.isWorkingDay(d("2027-01-01")));
        assertTrue(amended.isWorkingDay(d("2027-02-06")));
        assertFalse(amended.isWorkingDay(d("2019-02-05")), "other years keep their notices");
        assertTrue(calendar.isWorkingDay(d("2027-01-01")), "the original calendar is unchanged");

        WorkingCalendar corrected = calendar.withDays(List.of(new CalendarDay(d("2026-01-01"), DayType.HOLIDAY, "元旦")));
        assertTrue(corrected.isWorkingDay(d("2026-01-02")), "the 2026 notice was replaced as a whole");
    }

    @Test
    void badLinesAreNamedByNumber() {
        HolidayCsv.LineException e = assertThrows(HolidayCsv.LineException.class,
                () -> HolidayCsv.parse("date,type,name\n2027-01-01,HOLIDAY,元旦\n2027-13-01,HOLIDAY,x\n"));
        assertEquals(3, e.line());
        assertThrows(HolidayCsv.LineException.class, () -> HolidayCsv.parse("2027-01-01,FEAST,x"));
        assertEquals(List.of(new CalendarDay(d("2027-01-01"), DayType.HOLIDAY, "元旦")),
                HolidayCsv.parse(HolidayCsv.format(List.of(new CalendarDay(d("2027-01-01"), DayType.HOLIDAY, "元旦")))));
    }
}
