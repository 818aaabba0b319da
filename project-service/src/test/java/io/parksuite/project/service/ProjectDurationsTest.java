package io.parksuite.project.service;

import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.project.domain.Project;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProjectDurationsTest {

    @Test
    void theBydPhonePlantTook70CalendarAnd50WorkingDays() {
        ProjectDurations.Durations byd = of(project(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 23),
                LocalDate.of(2019, 9, 9)));
        assertEquals(70L, byd.signingToProductionDays());
        assertEquals(53L, byd.signingToTrialProductionDays());
        assertEquals(50, byd.signingToProductionWorkingDays());
    }

    @Test
    void theNationalDayHolidayIsNotAWorkingDayAndItsMakeUpSaturdayIs() {
        ProjectDurations.Durations overHoliday = of(project(LocalDate.of(2019, 9, 30), null,
                LocalDate.of(2019, 10, 12)));
        assertEquals(12L, overHoliday.signingToProductionDays());
        assertEquals(5, overHoliday.signingToProductionWorkingDays(),
                "8–11 October and the make-up Saturday 12 October; 1–7 October are holidays");
    }

    @Test
    void missingMilestonesGiveNoDuration() {
        ProjectDurations.Durations open = of(project(LocalDate.of(2019, 7, 1), null, null));
        assertNull(open.signingToProductionDays());
        assertNull(open.signingToProductionWorkingDays());
    }

    @Test
    void workingDaysCountOn2016sHolidaysAndNotBefore2010() {
        ProjectDurations.Durations springFestival = of(project(LocalDate.of(2016, 2, 5), null,
                LocalDate.of(2016, 2, 15)));
        assertEquals(3, springFestival.signingToProductionWorkingDays(),
                "the make-up days Saturday 6 and Sunday 14 February and Monday 15; 7–13 February are 春节 holidays");
        ProjectDurations.Durations old = of(project(LocalDate.of(2008, 3, 1), null, LocalDate.of(2010, 6, 1)));
        assertEquals(822L, old.signingToProductionDays());
        assertNull(old.signingToProductionWorkingDays(), "no holiday notice before 2010 is held");
    }

    private static ProjectDurations.Durations of(Project project) {
        return ProjectDurations.measure(project, WorkingCalendar.chinaMainland());
    }

    private static Project project(LocalDate signed, LocalDate trial, LocalDate production) {
        Project project = new Project();
        project.signedOn = signed;
        project.trialProductionOn = trial;
        project.productionOn = production;
        return project;
    }
}
