package io.parksuite.approval.service;

import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.DayType;
import io.parksuite.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The scan's search for the last intake date whose 补正 window has closed is bounded, whatever the calendar. */
class ReminderScanCutoffTest {

    @Test
    void theCutoffIsTheLastIntakeWhoseFiveWorkingDaysHavePassed() {
        // Mon 2026-11-30: intake on Fri 11-20 runs out on Fri 11-27, which is before today; 11-23 runs out on 11-30.
        assertEquals(LocalDate.of(2026, 11, 22),
                ReminderScan.deemedAcceptedCutoff(WorkingCalendar.weekendsOnly(), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aCalendarWithoutWorkingDaysEndsTheSearchInsteadOfWalkingBackForYears() {
        List<CalendarDay> holidays = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 6, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            holidays.add(new CalendarDay(day, DayType.HOLIDAY, "停工"));
        }
        assertNull(ReminderScan.deemedAcceptedCutoff(WorkingCalendar.of(holidays), LocalDate.of(2026, 12, 30)));
    }
}
