package io.parksuite.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices for 2010 to 2018, the years no notice covers, and notices that begin in December. */
class WorkingCalendarNoticesTest {

    private final WorkingCalendar calendar = WorkingCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static int weekdays(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private int workingDays(int year) {
        return calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    @Test
    void february2016CountsEighteenWorkingDays() {
        // Feb 2016: 21 weekdays (Mon 1st to Mon 29th), less 春节 Mon 8th to Fri 12th, plus Sat 6th and Sun 14th worked.
        assertEquals(18, calendar.workingDaysBetween(d("2016-01-31"), d("2016-02-29")));
        assertTrue(calendar.isWorkingDay(d("2016-02-06")));
        assertTrue(calendar.isWorkingDay(d("2016-02-14")));
        for (LocalDate day = d("2016-02-07"); !day.isAfter(d("2016-02-13")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " was a Spring Festival holiday");
        }
        // Fri 2016-02-05 + 2 working days: Sat 02-06 (调休), then Sun 02-14 (调休) after the holiday.
        assertEquals(d("2016-02-14"), calendar.addWorkingDays(d("2016-02-05"), 2));
    }

    @Test
    void eachYearLosesItsElevenStatutoryDaysAndNoMore() {
        // The 2007 text gives 11 statutory days a year; every notice moves days around them without changing the
        // net loss. 2015 adds 抗战胜利70周年 (3 and 4 September off, 6 September worked: one day); the 2012 notice
        // makes Saturday 2011-12-31 a working day in exchange for Tuesday 2012-01-03.
        for (int year = 2010; year <= 2018; year++) {
            int expected = weekdays(year) - 11 - (year == 2015 ? 1 : 0) + (year == 2011 ? 1 : 0) - (year == 2012 ? 1 : 0);
            assertEquals(expected, workingDays(year), "working days of " + year);
        }
        assertEquals(List.of(250, 250, 249, 250, 250, 249, 250, 249, 250),
                java.util.stream.IntStream.rangeClosed(2010, 2018).mapToObj(this::workingDays).toList());
    }

    @Test
    void victoryDay2015WasThreeDaysOffWithSundayWorked() {
        for (LocalDate day = d("2015-09-03"); !day.isAfter(d("2015-09-05")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " was off for 抗战胜利70周年");
        }
        assertTrue(calendar.isWorkingDay(d("2015-09-06")), "Sunday 2015-09-06 was worked");
        assertEquals(d("2015-09-06"), calendar.addWorkingDays(d("2015-09-02"), 1));
        assertEquals(d("2015-09-07"), calendar.addWorkingDays(d("2015-09-02"), 2));
    }

    @Test
    void midAutumnAndNationalDay2012WereEightDaysTogether() {
        assertTrue(calendar.isWorkingDay(d("2012-09-29")), "Saturday 2012-09-29 was worked");
        for (LocalDate day = d("2012-09-30"); !day.isAfter(d("2012-10-07")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " was off");
        }
        assertEquals(d("2012-10-08"), calendar.addWorkingDays(d("2012-09-29"), 1));
        assertEquals(1, calendar.workingDaysBetween(d("2012-09-28"), d("2012-10-07")));
    }

    @Test
    void otherNoticesOf2010To2018() {
        assertFalse(calendar.isWorkingDay(d("2010-09-22")), "2010 中秋节");
        assertTrue(calendar.isWorkingDay(d("2010-09-19")), "Sunday 2010-09-19 was worked");
        assertTrue(calendar.isWorkingDay(d("2010-09-26")), "Sunday 2010-09-26 was worked");
        assertTrue(calendar.isWorkingDay(d("2013-01-05")), "Saturday 2013-01-05 was worked");
        assertFalse(calendar.isWorkingDay(d("2014-01-31")), "2014 春节 began on 01-31");
        assertTrue(calendar.isWorkingDay(d("2017-09-30")), "Saturday 2017-09-30 was worked");
        assertFalse(calendar.isWorkingDay(d("2017-10-06")), "2017 中秋节国庆节 ran to 10-08");
        assertTrue(calendar.isWorkingDay(d("2018-09-29")));
        assertTrue(calendar.isWorkingDay(d("2018-09-30")));
    }

    @Test
    void countingBeforeTheFirstNoticeFailsLoudly() {
        UncoveredYearException e = assertThrows(UncoveredYearException.class, () -> calendar.isWorkingDay(d("2009-12-31")));
        assertEquals(2009, e.year());
        assertEquals(2010, e.firstCoveredYear());
        assertTrue(e.getMessage().contains("2009"), e.getMessage());
        assertThrows(UncoveredYearException.class, () -> calendar.addWorkingDays(d("2009-12-25"), 3));
        assertThrows(UncoveredYearException.class, () -> calendar.workingDaysBetween(d("2009-12-30"), d("2010-01-05")));
        assertThrows(UncoveredYearException.class, () -> calendar.workingDaysLeft(d("2010-01-05"), d("2009-12-30")));
        assertThrows(UncoveredYearException.class, () -> calendar.nextWorkingDayFrom(d("2005-05-01")));
        assertThrows(IllegalArgumentException.class, () -> calendar.isWorkingDay(d("2000-01-03")));
        // Only the days counted matter: a limit starting on the last day of 2009 counts from 2010-01-01 on.
        assertEquals(d("2010-01-04"), calendar.addWorkingDays(d("2009-12-31"), 1));
        assertEquals(0, calendar.workingDaysBetween(d("2010-01-05"), d("2009-12-30")));
        assertFalse(calendar.isProvisional(2009));
        // A calendar without any notice counts weekends only everywhere.
        assertTrue(WorkingCalendar.weekendsOnly().isWorkingDay(d("2009-12-31")));
        assertTrue(WorkingCalendar.weekendsOnly().isProvisional(2009));
    }

    @Test
    void yearsPastTheLastNoticeCountWeekendsOnlyProvisionally() {
        assertTrue(calendar.isProvisional(2027));
        assertTrue(calendar.isProvisional(d("2030-06-01")));
        assertFalse(calendar.isProvisional(2026));
        assertFalse(calendar.isProvisional(2010));
        // Thursday 2026-12-31 + 1: Friday 2027-01-01 counts, the 2027 notice not being loaded.
        assertEquals(d("2027-01-01"), calendar.addWorkingDays(d("2026-12-31"), 1));
        assertTrue(calendar.isWorkingDay(d("2027-01-01")));
        assertFalse(calendar.withDays(List.of(new CalendarDay(d("2027-01-01"), DayType.HOLIDAY, "元旦")))
                .isProvisional(2027));
    }

    @Test
    void decemberLinesOfTheNextNoticeNeitherCoverTheirYearNorGetErasedWithIt() {
        assertEquals(java.util.stream.IntStream.rangeClosed(2010, 2026).boxed().toList(),
                List.copyOf(calendar.coveredYears()));
        WorkingCalendar onlyDecember = WorkingCalendar.of(List.of(new CalendarDay(d("2018-12-29"), DayType.WORKDAY, "元旦调休"),
                new CalendarDay(d("2018-12-31"), DayType.HOLIDAY, "元旦")));
        assertEquals(List.of(2019), List.copyOf(onlyDecember.coveredYears()), "December lines belong to the 2019 notice");
        assertThrows(UncoveredYearException.class, () -> onlyDecember.isWorkingDay(d("2018-12-28")),
                "2018 has no notice of its own");

        // Saturday 2011-12-31 was worked under the 2012 notice; a corrected 2011 notice leaves it alone.
        assertTrue(calendar.isWorkingDay(d("2011-12-31")));
        WorkingCalendar corrected2011 = calendar.withDays(List.of(new CalendarDay(d("2011-10-03"), DayType.HOLIDAY, "国庆节")));
        assertTrue(corrected2011.isWorkingDay(d("2011-12-31")), "the 2012 notice's line stays");
        assertTrue(corrected2011.isWorkingDay(d("2011-10-04")), "the rest of the 2011 notice was replaced");
        // A corrected 2012 notice replaces it, December line included.
        WorkingCalendar corrected2012 = calendar.withDays(List.of(new CalendarDay(d("2012-01-02"), DayType.HOLIDAY, "元旦")));
        assertFalse(corrected2012.isWorkingDay(d("2011-12-31")));
        assertTrue(corrected2012.coveredYears().contains(2011));

        // The same for the 2019 notice's days of December 2018 when 2018 is reloaded.
        WorkingCalendar corrected2018 = calendar.withDays(List.of(new CalendarDay(d("2018-10-01"), DayType.HOLIDAY, "国庆节")));
        assertTrue(corrected2018.isWorkingDay(d("2018-12-29")));
        assertFalse(corrected2018.isWorkingDay(d("2018-12-31")));
        assertTrue(corrected2018.isWorkingDay(d("2018-02-15")), "the 2018 notice was replaced as a whole");
    }
}
