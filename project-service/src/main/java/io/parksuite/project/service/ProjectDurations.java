package io.parksuite.project.service;

import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.project.domain.Project;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * How long a project took from signing to production ("望城速度": the BYD phone plant, signed on
 * 2019-07-01 and in production on 2019-09-09, took 70 days), in calendar days and in working days
 * on the shared holiday calendar (weekends, public holidays and make-up workdays 调休 of the State
 * Council notices, with the corrections loaded at the approval desk), counted as the approval desk counts them: the day after the start up to and
 * including the end.
 */
@ApplicationScoped
public class ProjectDurations {

    /** Durations from signing; null where a milestone is missing. */
    @Schema(name = "ProjectDurations", description = "A project's milestones from signing and the days between them; "
            + "null where a milestone is missing", example = """
            {"signedOn": "2019-07-01", "constructionOn": "2019-07-08", "trialProductionOn": "2019-08-23",
             "productionOn": "2019-09-09", "signingToConstructionDays": 7, "signingToTrialProductionDays": 53,
             "signingToProductionDays": 70, "signingToProductionWorkingDays": 50}""")
    public record Durations(@Schema(description = "签约") LocalDate signedOn,
                            @Schema(description = "开工") LocalDate constructionOn,
                            @Schema(description = "试生产") LocalDate trialProductionOn,
                            @Schema(description = "投产") LocalDate productionOn,
                            @Schema(description = "Calendar days from signing to construction") Long signingToConstructionDays,
                            @Schema(description = "Calendar days from signing to trial production")
                            Long signingToTrialProductionDays,
                            @Schema(description = "Calendar days from signing to production") Long signingToProductionDays,
                            @Schema(description = "Working days from signing to production (the park's working calendar); "
                                    + "absent when signing precedes the first holiday notice it holds (2010)")
                            Integer signingToProductionWorkingDays) {
    }

    private final LoadedCalendar calendars;

    public ProjectDurations(LoadedCalendar calendars) {
        this.calendars = calendars;
    }

    public Durations of(Project project) {
        return measure(project, calendars.current());
    }

    static Durations measure(Project project, WorkingCalendar calendar) {
        return new Durations(project.signedOn, project.constructionOn, project.trialProductionOn, project.productionOn,
                days(project.signedOn, project.constructionOn), days(project.signedOn, project.trialProductionOn),
                days(project.signedOn, project.productionOn), workingDays(calendar, project.signedOn, project.productionOn));
    }

    private static Integer workingDays(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return to != null && countable(calendar, from) ? calendar.workingDaysBetween(from, to) : null;
    }

    /**
     * The park calendar's working-day test for a span that starts on {@code from}; null when working days
     * from there cannot be counted (no start, or a start before the first holiday notice it holds, 2010),
     * the rule of signingToProductionWorkingDays.
     */
    public Predicate<LocalDate> workingDayTest(LocalDate from) {
        WorkingCalendar calendar = calendars.current();
        return countable(calendar, from) ? calendar::isWorkingDay : null;
    }

    /** Whether any day of [{@code from}, {@code to}) falls in a year counted provisionally (weekends only). */
    public boolean provisional(LocalDate from, LocalDate to) {
        WorkingCalendar calendar = calendars.current();
        for (int year = from.getYear(); to.isAfter(from) && year <= to.minusDays(1).getYear(); year++) {
            if (calendar.isProvisional(year)) {
                return true;
            }
        }
        return false;
    }

    private static boolean countable(WorkingCalendar calendar, LocalDate from) {
        return from != null && from.getYear() >= calendar.coveredYears().first();
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
