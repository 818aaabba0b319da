package io.parksuite.project.domain;

import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.project.domain.LeadTimeAttribution.Attribution;
import io.parksuite.project.domain.LeadTimeAttribution.Interval;
import io.parksuite.project.domain.LeadTimeAttribution.Split;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.parksuite.project.domain.LeadTimeAttribution.Party.ENTERPRISE;
import static io.parksuite.project.domain.LeadTimeAttribution.Party.GOVERNMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeadTimeAttributionTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 7, 1);
    private static final LocalDate PRODUCTION = LocalDate.of(2019, 9, 9);

    private static Interval interval(LeadTimeAttribution.Party party, String first, String last) {
        return new Interval(party, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void withoutIntervalsEveryDayIsConstruction() {
        Attribution a = LeadTimeAttribution.attribute(SIGNED, PRODUCTION, List.of(), null);
        assertEquals(new Split(70, 0, 0, 70), a.calendarDays());
        assertNull(a.workingDays());
    }

    @Test
    void theWindowStartsOnSigningAndEndsTheDayBeforeTheTarget() {
        Attribution a = LeadTimeAttribution.attribute(SIGNED, SIGNED.plusDays(3), List.of(
                interval(GOVERNMENT, "2019-06-20", "2019-07-01"),
                interval(ENTERPRISE, "2019-07-03", "2019-07-10")), null);
        assertEquals(new Split(3, 1, 1, 1), a.calendarDays());
    }

    @Test
    void governmentWinsOverEnterpriseOnTheSameDayAndOverlapsCountOnce() {
        Attribution a = LeadTimeAttribution.attribute(SIGNED, LocalDate.of(2019, 7, 11), List.of(
                interval(ENTERPRISE, "2019-07-01", "2019-07-06"),
                interval(GOVERNMENT, "2019-07-04", "2019-07-08"),
                interval(GOVERNMENT, "2019-07-05", "2019-07-07"),
                interval(ENTERPRISE, "2019-07-02", "2019-07-03")), null);
        assertEquals(new Split(10, 5, 3, 2), a.calendarDays());
    }

    @Test
    void intervalsOutsideTheWindowCountNothing() {
        Attribution a = LeadTimeAttribution.attribute(SIGNED, LocalDate.of(2019, 7, 11), List.of(
                interval(GOVERNMENT, "2019-05-01", "2019-06-30"),
                interval(ENTERPRISE, "2019-07-11", "2019-08-30")), null);
        assertEquals(new Split(10, 0, 0, 10), a.calendarDays());
    }

    @Test
    void anEmptyOrReversedWindowHasNoDays() {
        assertEquals(Split.NONE, LeadTimeAttribution.attribute(SIGNED, SIGNED, List.of(
                interval(GOVERNMENT, "2019-07-01", "2019-07-01")), null).calendarDays());
        assertEquals(Split.NONE, LeadTimeAttribution.attribute(SIGNED, SIGNED.minusDays(5), List.of(), d -> true)
                .workingDays());
    }

    @Test
    void workingDaysFollowTheCalendarAndTheSamePrecedence() {
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        // 2019-09-30 (Mon) to 2019-10-14 (Mon): 国庆 1–7 October, make-up workdays 29 September and 12 October.
        LocalDate from = LocalDate.of(2019, 9, 30);
        LocalDate to = LocalDate.of(2019, 10, 14);
        Attribution a = LeadTimeAttribution.attribute(from, to, List.of(
                interval(GOVERNMENT, "2019-09-30", "2019-10-08"),
                interval(ENTERPRISE, "2019-10-08", "2019-10-11")), calendar::isWorkingDay);
        assertEquals(new Split(14, 9, 3, 2), a.calendarDays());
        assertEquals(new Split(6, 2, 3, 1), a.workingDays());
    }

    @Test
    void theBydPlantFromSigningToProduction() {
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        Attribution a = LeadTimeAttribution.attribute(SIGNED, PRODUCTION, List.of(
                interval(ENTERPRISE, "2019-07-01", "2019-07-02"),
                interval(GOVERNMENT, "2019-07-03", "2019-07-09")), calendar::isWorkingDay);
        assertEquals(new Split(70, 7, 2, 61), a.calendarDays());
        assertEquals(50, a.workingDays().total());
        assertEquals(5, a.workingDays().government());
        assertEquals(2, a.workingDays().enterprise());
    }

    @Test
    void coveredCountsOnePartyAlone() {
        List<Interval> intervals = List.of(interval(ENTERPRISE, "2019-07-01", "2019-07-06"),
                interval(GOVERNMENT, "2019-07-04", "2019-07-08"));
        assertEquals(6, LeadTimeAttribution.covered(SIGNED, PRODUCTION, intervals, ENTERPRISE));
        assertEquals(5, LeadTimeAttribution.covered(SIGNED, PRODUCTION, intervals, GOVERNMENT));
    }
}
