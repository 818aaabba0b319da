package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.DeskStatistics;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

/**
 * The desk's statistics for the park cockpit's one-stop panel (一站式服务): applications per ISO week (每周受理量)
 * and the service centre's board of department tasks due or overdue with the reminders sent (跨部门催办).
 */
@Path("/api/v1/approval/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Desk statistics for the park cockpit: applications per week (每周受理量) "
        + "and the cross-department reminder board (跨部门催办)")
public class StatisticsResource {

    private final DeskStatistics statistics;

    public StatisticsResource(DeskStatistics statistics) {
        this.statistics = statistics;
    }

    /** Counts of what happened to applications in a period. */
    @Schema(name = "ApplicationCounts", description = "What happened to applications in a period, each counted on "
            + "its date in Asia/Shanghai; imported historical cases (历史办件) count on their historical dates")
    public record Counts(
            @Schema(description = "Handed in (接件)", examples = "12", required = true) long submitted,
            @Schema(description = "Accepted (受理, 容缺受理 and 视为受理)", examples = "11", required = true) long accepted,
            @Schema(description = "Of accepted, accepted with deficiency (容缺受理)", examples = "2", required = true)
            long acceptedWithDeficiency,
            @Schema(description = "Not accepted (不予受理)", examples = "1", required = true) long notAccepted,
            @Schema(description = "Concluded with a decision: approved + denied (办结)", examples = "9", required = true)
            long concluded,
            @Schema(description = "Approved (准予)", examples = "8", required = true) long approved,
            @Schema(description = "Denied (不予许可)", examples = "1", required = true) long denied,
            @Schema(description = "Withdrawn by the applicant (撤回)", examples = "0", required = true) long withdrawn) {
        static Counts of(DeskStatistics.Counts c) {
            return new Counts(c.submitted(), c.accepted(), c.acceptedWithDeficiency(), c.notAccepted(), c.concluded(),
                    c.approved(), c.denied(), c.withdrawn());
        }
    }

    /** One ISO week. */
    @Schema(name = "ApplicationsWeek", description = "One ISO week, Monday to Sunday (Asia/Shanghai dates)")
    public record Week(
            @Schema(description = "Its Monday", examples = "2019-07-29", required = true) LocalDate weekStart,
            @Schema(description = "Its Sunday", examples = "2019-08-04", required = true) LocalDate weekEnd,
            @Schema(description = "The ISO week, YYYY-Www", examples = "2019-W31", required = true) String isoWeek,
            @Schema(description = "What happened in it", required = true) Counts counts) {
        static Week of(DeskStatistics.Week w) {
            return new Week(w.weekStart(), w.weekEnd(), "%d-W%02d".formatted(w.weekStart().get(IsoFields.WEEK_BASED_YEAR),
                    w.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), Counts.of(w.counts()));
        }
    }

    /** Applications per week over a range. */
    @Schema(name = "WeeklyApplications", description = "Applications per ISO week (每周受理量): every week from the one "
            + "holding from to the one holding to, oldest first, weeks without applications included")
    public record Weekly(
            @Schema(description = "The first day asked for", examples = "2019-07-01", required = true) LocalDate from,
            @Schema(description = "The last day asked for", examples = "2019-08-31", required = true) LocalDate to,
            @Schema(description = "The weeks, whole weeks even where from or to falls inside one", required = true)
            List<Week> weeks,
            @Schema(description = "The sums over the weeks", required = true) Counts totals) {
        static Weekly of(DeskStatistics.Weekly w) {
            return new Weekly(w.from(), w.to(), w.weeks().stream().map(Week::of).toList(), Counts.of(w.totals()));
        }
    }

    /** One department's line on the reminder board. */
    @Schema(name = "DepartmentReminders", description = "A department's tasks due on the day or overdue by then, and "
            + "the reminders (催办) sent to it that day")
    public record Department(
            @Schema(description = "The department code", examples = "market-regulation", required = true) String department,
            @Schema(description = "Its name as the catalogue gives it; null if no item of the catalogue names it",
                    examples = "望城区市场监督管理局") String departmentName,
            @Schema(description = "Open tasks whose promised deadline (承诺时限) is the day", examples = "3",
                    required = true) long dueOn,
            @Schema(description = "Open tasks past their promised deadline on the day", examples = "1",
                    required = true) long overdue,
            @Schema(description = "Reminders to the department's inbox created that day (Asia/Shanghai)", examples = "4",
                    required = true) long remindersSent) {
        static Department of(DeskStatistics.DepartmentReminders d) {
            return new Department(d.department(), d.departmentName(), d.dueOn(), d.overdue(), d.remindersSent());
        }
    }

    /** A task on the board. */
    @Schema(name = "DueTask", description = "An open department task due on the day or overdue by then")
    public record DueTask(
            @Schema(description = "The application", required = true) UUID applicationId,
            @Schema(description = "Its reference number (办件编号)", examples = "BJ202612030000042", required = true)
            String referenceNumber,
            @Schema(description = "The applicant's name", examples = "长沙比亚迪电子有限公司", required = true)
            String applicantName,
            @Schema(description = "The bundle (一件事) the application is for; null for a single item",
                    examples = "industrial-construction") String bundleCode,
            @Schema(description = "The department task", required = true) UUID taskId,
            @Schema(description = "The department code", examples = "market-regulation", required = true) String department,
            @Schema(description = "Its name as the catalogue gives it", examples = "望城区市场监督管理局") String departmentName,
            @Schema(description = "The service items (事项) the task decides", examples = "[\"SCJG-001\"]", required = true)
            List<String> itemCodes,
            @Schema(description = "Their names, in the same order", examples = "[\"企业设立登记\"]", required = true)
            List<String> itemNames,
            @Schema(description = "The task's promised deadline", examples = "2026-12-07", required = true)
            LocalDate promisedDeadline,
            @Schema(description = "True when the deadline is before the day", examples = "false", required = true)
            boolean overdue) {
        static DueTask of(DeskStatistics.DueTask t) {
            return new DueTask(t.applicationId(), t.referenceNumber(), t.applicantName(), t.bundleCode(), t.taskId(),
                    t.department(), t.departmentName(), t.itemCodes(), t.itemNames(), t.promisedDeadline(), t.overdue());
        }
    }

    /** The reminder board of a day. */
    @Schema(name = "ReminderBoard", description = "The cross-department reminder board (跨部门催办) of a day: per "
            + "department, open tasks due that day and overdue by then on the promised clock the reminder scan uses "
            + "(pending tasks of applications in review; a special procedure pauses them), reminders sent that day, "
            + "the totals, and the first due or overdue tasks")
    public record Board(
            @Schema(description = "The day", examples = "2026-12-07", required = true) LocalDate on,
            @Schema(description = "Departments with a task due or overdue or a reminder that day, by code",
                    required = true) List<Department> departments,
            @Schema(description = "Open tasks due that day, all departments", examples = "7", required = true) long dueOn,
            @Schema(description = "Open tasks overdue by then, all departments", examples = "2", required = true)
            long overdue,
            @Schema(description = "Reminders sent to departments that day", examples = "11", required = true)
            long remindersSent,
            @Schema(description = "The first " + DeskStatistics.MAX_LISTED_TASKS + " tasks due that day or overdue, "
                    + "soonest deadline first; dueOn + overdue says how many there are", required = true,
                    maxItems = DeskStatistics.MAX_LISTED_TASKS) List<DueTask> tasks) {
        static Board of(DeskStatistics.ReminderBoard b) {
            return new Board(b.on(), b.departments().stream().map(Department::of).toList(), b.dueOn(), b.overdue(),
                    b.remindersSent(), b.tasks().stream().map(DueTask::of).toList());
        }
    }

    @GET
    @Path("/weekly")
    @RolesAllowed(ApprovalRoleSets.QUALITY_READERS)
    @Operation(operationId = "getWeeklyApplications", summary = "Applications per week (每周受理量)",
            description = "Per ISO week (Monday to Sunday, Asia/Shanghai dates) from the week holding from to the week "
                    + "holding to, at most " + DeskStatistics.MAX_WEEKS + " weeks: applications handed in, accepted "
                    + "(容缺受理 among them), not accepted, concluded (approved and denied) and withdrawn, each on the "
                    + "day it happened; every week is present, with zeros where nothing happened. Imported historical "
                    + "cases count on their historical dates. Computed when read.")
    @APIResponse(responseCode = "200", description = "The weeks, oldest first")
    @APIResponse(responseCode = "422", description = "from or to missing or not a date, to before from, or more than "
            + DeskStatistics.MAX_WEEKS + " weeks; errors[] names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Weekly weekly(@Parameter(description = "The first day, YYYY-MM-DD", required = true, example = "2019-07-01",
                                 schema = @Schema(type = SchemaType.STRING, format = "date"))
                         @QueryParam("from") String from,
                         @Parameter(description = "The last day, YYYY-MM-DD, not before from", required = true,
                                 example = "2019-08-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
                         @QueryParam("to") String to) {
        return Weekly.of(statistics.weekly(date("from", from), date("to", to)));
    }

    @GET
    @Path("/reminders")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "getReminderBoard", summary = "Cross-department reminder board (跨部门催办)",
            description = "For the service centre: per department, the open tasks whose promised deadline is the day "
                    + "and those past it by then (the reminder scan's TASK_DUE and OVERDUE clock: pending tasks of "
                    + "applications in review as they stand now), the reminders sent to its inbox that day, the totals, "
                    + "and the first " + DeskStatistics.MAX_LISTED_TASKS + " of those tasks, soonest deadline first; "
                    + "department=… narrows it to one department.")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "422", description = "on is not a date from 2010 to 2099; errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Board reminders(@Parameter(description = "The day, YYYY-MM-DD; today in Asia/Shanghai when absent",
                                   example = "2026-12-07", schema = @Schema(type = SchemaType.STRING, format = "date"))
                           @QueryParam("on") String on,
                           @Parameter(description = "Only this department's line and tasks", example = "market-regulation")
                           @QueryParam("department") String department) {
        return Board.of(statistics.reminders(date("on", on), department));
    }

    /** A date parameter; absent or blank is null. */
    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date YYYY-MM-DD");
        }
    }
}
