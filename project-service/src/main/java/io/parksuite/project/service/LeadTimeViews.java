package io.parksuite.project.service;

import io.parksuite.project.domain.LeadTimeAttribution;
import io.parksuite.project.domain.ProjectStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What {@link LeadTimes} and {@link LeadTimeFigures} answer: a project's attributed lead time and the groups'. */
public final class LeadTimeViews {

    private LeadTimeViews() {
    }

    /** Whether a segment's target milestone was reached, and so what its days measure. */
    @Schema(name = "LeadTimeState", description = "REACHED: measured to the milestone; OPEN: not reached yet, measured "
            + "to today; TERMINATED: 终止 before it, measured to the termination; SKIPPED: the project moved past the "
            + "milestone without recording it, not measured")
    public enum State { REACHED, OPEN, TERMINATED, SKIPPED }

    /** Days of a segment by part; total = government + enterprise + construction. */
    @Schema(name = "LeadTimeDays", description = "Days of a segment by whose time they were; total = government + "
            + "enterprise + construction")
    public record Days(@Schema(description = "All days of the segment") long total,
                       @Schema(description = "政府用时: days a GOVERNMENT interval of the project's applications covers")
                       long government,
                       @Schema(description = "企业用时: days only an ENTERPRISE interval covers") long enterprise,
                       @Schema(description = "The rest (building, preparing): no interval covers them") long construction) {

        static Days of(LeadTimeAttribution.Split split) {
            return split == null ? null
                    : new Days(split.total(), split.government(), split.enterprise(), split.construction());
        }
    }

    /** 签约 → one milestone. */
    @Schema(name = "LeadTimeSegment", description = "From signing (签约) to a milestone: the days of [signedOn, until) "
            + "split by part, in calendar and working days")
    public record Segment(@Schema(description = "The milestone: CONSTRUCTION (开工) or PRODUCTION (投产)") ProjectStage target,
                          @Schema(description = "Whether the milestone was reached") State state,
                          @Schema(description = "The end of the segment, not counted: the milestone's date, today while "
                                  + "OPEN, the termination date; null when SKIPPED") LocalDate until,
                          @Schema(description = "Calendar days; null when SKIPPED") Days calendarDays,
                          @Schema(description = "Working days of the park calendar (weekends, holidays, 调休); null when "
                                  + "SKIPPED or signing precedes the first holiday notice held (2010)") Days workingDays,
                          @Schema(description = "Whether some working days fall in a year without a holiday notice yet, "
                                  + "counted Monday to Friday") boolean workingDaysProvisional) {
    }

    /** An application whose timeline the project holds. */
    @Schema(name = "LeadTimeApplication", description = "An application counting for the project, with the days its "
            + "intervals cover from signing to production (or to today while production is open)")
    public record Application(@Schema(description = "The application") String applicationId,
                              @Schema(description = "办件编号") String referenceNumber,
                              @Schema(description = "The bundle (一件事)") String bundleCode,
                              @Schema(description = "The item") String itemCode,
                              @Schema(description = "Who accepted the case at the desk (受理人)") String officer,
                              @Schema(description = "When it was submitted") OffsetDateTime submittedAt,
                              @Schema(description = "When it concluded") OffsetDateTime concludedAt,
                              @Schema(description = "Its result") String result,
                              @Schema(description = "Days its GOVERNMENT intervals cover in the window, overlaps once")
                              long governmentDays,
                              @Schema(description = "Days its ENTERPRISE intervals cover in the window, overlaps once")
                              long enterpriseDays) {
    }

    /** A project's lead time. */
    @Schema(name = "ProjectLeadTime", description = "A project's lead time from signing to 开工 and to 投产, split into "
            + "government, enterprise and construction time (each day counted once: GOVERNMENT before ENTERPRISE before "
            + "CONSTRUCTION); segments are null while the project is not signed", example = """
            {"projectId": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "name": "比亚迪电子智能手机生产基地项目",
             "signedOn": "2019-07-01", "asOf": "2026-12-04",
             "construction": {"target": "CONSTRUCTION", "state": "REACHED", "until": "2019-07-08",
               "calendarDays": {"total": 7, "government": 5, "enterprise": 1, "construction": 1},
               "workingDays": {"total": 5, "government": 3, "enterprise": 1, "construction": 1},
               "workingDaysProvisional": false},
             "production": {"target": "PRODUCTION", "state": "REACHED", "until": "2019-09-09",
               "calendarDays": {"total": 70, "government": 17, "enterprise": 1, "construction": 52},
               "workingDays": {"total": 50, "government": 13, "enterprise": 1, "construction": 36},
               "workingDaysProvisional": false},
             "applications": [{"applicationId": "8e2a9c1d-0b3f-4a5e-8c7d-6f5e4d3c2b1a", "referenceNumber": "WC2019-KG-0701",
               "bundleCode": "industrial-construction", "officer": "王芳",
               "submittedAt": "2019-07-03T01:00:00Z", "concludedAt": "2019-07-19T09:30:00Z", "result": "approved",
               "governmentDays": 17, "enterpriseDays": 1}]}""")
    public record ProjectLeadTime(@Schema(description = "The project") UUID projectId,
                                  @Schema(description = "Its name") String name,
                                  @Schema(description = "签约; null while not signed") LocalDate signedOn,
                                  @Schema(description = "Today, the end of open segments") LocalDate asOf,
                                  @Schema(description = "签约 → 开工") Segment construction,
                                  @Schema(description = "签约 → 投产") Segment production,
                                  @Schema(description = "The applications whose timelines count, by submission")
                                  List<Application> applications) {
    }

    /** Median and mean of a part, one decimal; null when no project counts. */
    @Schema(name = "LeadTimeStat", description = "Median and mean days, one decimal")
    public record Stat(BigDecimal median, BigDecimal mean) {
    }

    /** The statistics of each part. */
    @Schema(name = "LeadTimePartStats", description = "Median and mean of each part; null when no project counts")
    public record PartStats(Stat total, Stat government, Stat enterprise, Stat construction) {
    }

    /** A group's figures for one segment, over the projects that reached the milestone. */
    @Schema(name = "LeadTimeSegmentStats", description = "Over the group's projects that reached the milestone")
    public record SegmentStats(@Schema(description = "Projects that reached it (counted)") long projects,
                               @Schema(description = "Projects still open (not counted)") long open,
                               @Schema(description = "Calendar days") PartStats calendarDays,
                               @Schema(description = "Projects whose working days can be counted") long workingDayProjects,
                               @Schema(description = "Working days") PartStats workingDays) {
    }

    /** One group. */
    @Schema(name = "LeadTimeGroup", description = "One group of signed projects")
    public record Group(@Schema(description = "The chain, officer, desk officer, signing year or bundle; null for the "
                                + "total or for projects without one") String group,
                        @Schema(description = "Signed projects in the group") long projects,
                        @Schema(description = "签约 → 开工") SegmentStats construction,
                        @Schema(description = "签约 → 投产") SegmentStats production) {
    }

    /** The total and the groups. */
    @Schema(name = "LeadTimeFigures", description = "Lead times of the signed projects the filters select: the total, "
            + "each project once, and per group; with DESK_OFFICER or BUNDLE a project counts in the group of each of "
            + "its applications, so the groups may add up to more than the total")
    public record Figures(@Schema(description = "The grouping") LeadTimeFigures.GroupBy groupBy,
                          @Schema(description = "Today, the end of open segments") LocalDate asOf,
                          @Schema(description = "All selected projects") Group total,
                          @Schema(description = "Per group, by group name, projects without one last")
                          List<Group> groups) {
    }
}
