package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.api.ApplicationDtos.ApplicationTask;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.service.Quality;
import io.parksuite.approval.service.ReminderScan;
import io.parksuite.approval.service.ReminderStatements;
import io.parksuite.approval.service.WorkLists;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The desk's work lists: department tasks, the inboxes of reminders (办事提醒), follow-up tasks
 * (告知承诺 post-checks, 先建后验 verifications, 差评 rectifications), service quality and the scan.
 */
@Path("/api/v1/approval")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Desk", description = "The desk's work lists: department tasks, reminder inboxes (办事提醒), follow-up "
        + "tasks, service quality (好差评, 最多跑一次) and the reminder scan")
public class DeskResource {

    private final WorkLists workLists;
    private final Quality quality;
    private final ReminderScan scan;

    public DeskResource(WorkLists workLists, Quality quality, ReminderScan scan) {
        this.workLists = workLists;
        this.quality = quality;
        this.scan = scan;
    }

    /** A reminder in an inbox. */
    @Schema(name = "Reminder", description = "A reminder (办事提醒) in a department's or an applicant's inbox")
    public record Reminder(
            @Schema(description = "The reminder's number", examples = "1024", required = true) long id,
            @Schema(description = "What is due: a missing material, a task's promised or statutory deadline, the "
                    + "delivery of a decision, or the same overdue", ref = "ReminderKind",
                    examples = "TASK_DUE", required = true) String kind,
            @Schema(description = "The application it is about", required = true) UUID applicationId,
            @Schema(description = "The department task it is about, if any") UUID taskId,
            @Schema(description = "Whose inbox: a department's or the applicant's", ref = "RecipientType",
                    examples = "DEPARTMENT", required = true) String recipientType,
            @Schema(description = "The department code, or the applicant's USCC or person id",
                    examples = "market-regulation", required = true) String recipient,
            @Schema(description = "The deadline it reminds of", required = true) LocalDate dueOn,
            @Schema(description = "The reminder's text", examples = "办件 BJ202612030000042 将于 2026-12-07 到期",
                    required = true) String message,
            @Schema(description = "When the scan created it", required = true) OffsetDateTime createdAt,
            @Schema(description = "When the recipient marked it read; null while unread") OffsetDateTime readAt,
            @Schema(description = "The follow-up it is about (告知承诺核查, 先建后验验收, 差评整改, a failed check's "
                    + "rectification), if any: a TASK_DUE or OVERDUE reminder of the follow-up's deadline")
            UUID followUpId,
            @Schema(description = "For an early warning (超期预警): the completion date predicted from the recent history "
                    + "of the same items, past dueOn; null for other reminders") LocalDate predictedCompletionOn) {
        static Reminder of(io.parksuite.approval.domain.Reminder r) {
            boolean followUp = r.dedupeKey != null && r.dedupeKey.startsWith(ReminderStatements.FOLLOW_UP_PREFIX);
            return new Reminder(r.id, r.kind, r.applicationId, followUp ? null : r.taskId, r.recipientType, r.recipient,
                    r.dueOn, r.message, r.createdAt, r.readAt, followUp ? r.taskId : null, r.predictedOn);
        }
    }

    /** The desk's service quality figures. */
    @Schema(name = "ServiceQuality", description = "The desk's service-quality figures: over all applications (rates "
            + "are shares between 0 and 1, null while nothing counts toward them), and beside them, in catalogue, the "
            + "same 网上办 / 一次办 measures over the catalogue's 依申请 items")
    public record QualityResponse(
            @Schema(description = "Applications, drafts included", examples = "1200", required = true) long applications,
            @Schema(description = "Applications handed in", examples = "1150", required = true) long submitted,
            @Schema(description = "Handed in online (网上办)", examples = "1100", required = true) long online,
            @Schema(description = "online / submitted (网上可办率)", minimum = "0", maximum = "1", examples = "0.9565")
            BigDecimal onlineRate,
            @Schema(description = "Applications with a result", examples = "1000", required = true) long concluded,
            @Schema(description = "Concluded with at most one visit in person", examples = "998",
                    required = true) long concludedWithinOneVisit,
            @Schema(description = "concludedWithinOneVisit / concluded (一次办 rate)", minimum = "0", maximum = "1",
                    examples = "0.998") BigDecimal oneVisitRate,
            @Schema(description = "Applications with more than one visit (最多跑一次 exceptions)", examples = "2",
                    required = true) long moreThanOneVisit,
            @Schema(description = "Concluded within the promised deadline", examples = "990", required = true) long concludedOnTime,
            @Schema(description = "concludedOnTime / concluded", minimum = "0", maximum = "1", examples = "0.99")
            BigDecimal onTimeRate,
            @Schema(description = "Ratings given (好差评)", examples = "640", required = true) long ratings,
            @Schema(description = "Ratings of 2 or less (差评)", examples = "3", required = true) long badRatings,
            @Schema(description = "The average score, 1 to 5; null without ratings", minimum = "1", maximum = "5",
                    examples = "4.87") BigDecimal averageScore,
            @Schema(description = "Concluded applications with a working-day clock (accepted, then decided): what the "
                    + "averages of working days are over", examples = "995", required = true) long timedConcluded,
            @Schema(description = "Average working days used (实际办理用时) from acceptance to decision, pauses left out, "
                    + "one decimal; null over no application", examples = "2.4") BigDecimal averageWorkingDays,
            @Schema(description = "Average promised limit (承诺时限) in working days of the same applications, one "
                    + "decimal", examples = "4.1") BigDecimal averagePromisedLimitDays,
            @Schema(description = "Of timedConcluded, those with a statutory limit (法定时限)", examples = "620",
                    required = true) long statutoryTimedConcluded,
            @Schema(description = "Average working days used by the applications with a statutory limit, one decimal",
                    examples = "3.2") BigDecimal averageWorkingDaysStatutory,
            @Schema(description = "Average statutory limit (法定时限) in working days of the same applications, one "
                    + "decimal", examples = "18.6") BigDecimal averageStatutoryLimitDays,
            @Schema(description = "The same measures at item level, over the catalogue", required = true)
            CatalogueQuality catalogue) {
        static QualityResponse of(Quality.Figures f) {
            Quality.Timing t = f.timing();
            return new QualityResponse(f.applications(), f.submitted(), f.online(), f.onlineRate(), f.concluded(),
                    f.concludedWithinOneVisit(), f.oneVisitRate(), f.moreThanOneVisit(), f.concludedOnTime(),
                    f.onTimeRate(), f.ratings(), f.badRatings(), f.averageScore(), t.timed(), t.averageWorkingDays(),
                    t.averagePromisedLimitDays(), t.statutoryTimed(), t.averageWorkingDaysStatutory(),
                    t.averageStatutoryLimitDays(), CatalogueQuality.of(f.catalogue()));
        }
    }

    /** 网上办 and 一次办 at item level. */
    @Schema(name = "CatalogueQuality", description = "网上办 and 一次办 at item level: shares of the catalogue's 依申请 "
            + "items (依申请类政务服务事项, itemKind APPLICATION_BASED) by handling depth and visits, 中介/市场服务 and items "
            + "that are not 依申请 left out. Shares are percentages with one decimal, null while there is no 依申请 item")
    public record CatalogueQuality(
            @Schema(description = "Items in the catalogue", examples = "203", required = true) long items,
            @Schema(description = "Left out: 中介/市场服务 (itemKind MARKET_SERVICE)", examples = "11", required = true)
            long marketServices,
            @Schema(description = "Left out: items that are not 依申请 and not market services (依职权 EX_OFFICIO, a "
                    + "park's 公共服务 PUBLIC_SERVICE)", examples = "7", required = true) long notApplicationBased,
            @Schema(description = "依申请 items: what the shares are over", examples = "185", required = true)
            long applicationBased,
            @Schema(description = "依申请 items that can be applied for online (网上可办: handlingDepth FULLY_ONLINE or "
                    + "ONLINE_APPLICATION)", examples = "177", required = true) long onlineCapable,
            @Schema(description = "onlineCapable / applicationBased in percent (网上可办率)", minimum = "0",
                    maximum = "100", examples = "95.7") BigDecimal onlineCapablePercent,
            @Schema(description = "依申请 items handled online end to end (全程网办: handlingDepth FULLY_ONLINE)",
                    examples = "177", required = true) long fullyOnline,
            @Schema(description = "fullyOnline / applicationBased in percent (全程网办率)", minimum = "0", maximum = "100",
                    examples = "95.7") BigDecimal fullyOnlinePercent,
            @Schema(description = "依申请 items that need at most one visit in person (maxVisits 0 or 1: 最多跑一次, 一次办)",
                    examples = "185", required = true) long atMostOneVisit,
            @Schema(description = "atMostOneVisit / applicationBased in percent (一次办率, 最多跑一次率)", minimum = "0",
                    maximum = "100", examples = "100.0") BigDecimal atMostOneVisitPercent) {
        static CatalogueQuality of(Quality.CatalogueFigures c) {
            return new CatalogueQuality(c.items(), c.marketServices(), c.notApplicationBased(), c.applicationBased(),
                    c.onlineCapable(), c.onlineCapablePercent(), c.fullyOnline(), c.fullyOnlinePercent(),
                    c.atMostOneVisit(), c.atMostOneVisitPercent());
        }
    }

    /** What one reminder scan did. */
    @Schema(name = "ReminderScanResult", description = "What one reminder scan did")
    public record ScanResponse(
            @Schema(description = "Reminders created (each is created once)", examples = "12", required = true) int remindersCreated,
            @Schema(description = "Applications newly marked as past a deadline (promised, statutory or delivery)",
                    examples = "1", required = true) int breached,
            @Schema(description = "Applications counted as accepted (视为受理) because no 补正 notice came within 5 "
                    + "working days of intake", examples = "0", required = true) int deemedAccepted,
            @Schema(description = "Open applications past their promised deadline now", examples = "3", required = true) long overdue) {
        static ScanResponse of(ReminderScan.Result r) {
            return new ScanResponse(r.remindersCreated(), r.breached(), r.deemedAccepted(), r.overdue());
        }
    }

    @GET
    @Path("/tasks")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(operationId = "listTasks", summary = "Department tasks",
            description = "An officer sees its department's tasks only; the service centre may filter by department. "
                    + "Sorted by promised deadline.")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    public Page<ApplicationTask> tasks(@Valid @BeanParam PageRequest page,
                                       @Parameter(description = "Only tasks in this state",
                                               schema = @Schema(implementation = TaskStatus.class))
                                       @QueryParam("status") String status,
                                       @Parameter(description = "Only this department's tasks (the service centre)",
                                               example = "market-regulation")
                                       @QueryParam("department") String department) {
        TaskStatus wanted = QueryParams.optionalEnum("status", status, TaskStatus.class);
        return workLists.tasks(wanted, department, page).map(ApplicationTask::of);
    }

    @GET
    @Path("/inbox")
    @RolesAllowed(ApprovalRoleSets.INBOX_READERS)
    @Operation(operationId = "listReminders", summary = "The caller's reminders (办事提醒)",
            description = "An officer's department inbox, an enterprise's own; the service centre reads any with "
                    + "recipient=…; unread=true for unread only.")
    @APIResponse(responseCode = "200", description = "One page of reminders, newest first")
    public Page<Reminder> inbox(@Valid @BeanParam PageRequest page,
                                @Parameter(description = "The inbox to read (service centre only): a department "
                                        + "code, or an applicant's USCC", example = "market-regulation")
                                @QueryParam("recipient") String recipient,
                                @Parameter(description = "Only unread reminders",
                                        schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                @QueryParam("unread") String unreadParam) {
        boolean unread = QueryParams.flag("unread", unreadParam, false);
        return workLists.inbox(recipient, unread, page).map(Reminder::of);
    }

    @POST
    @Path("/inbox/{id}/read")
    @RolesAllowed(ApprovalRoleSets.INBOX_READERS)
    @Operation(operationId = "markReminderRead", summary = "Mark a reminder read",
            description = "A reminder of the caller's own inbox; marking it again keeps the first readAt.")
    @APIResponse(responseCode = "200", description = "Marked")
    @APIResponse(responseCode = "404", description = "No reminder with this id in an inbox the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Reminder markRead(@Parameter(description = "The reminder's number", example = "1024")
                             @PathParam("id") long id) {
        return Reminder.of(workLists.markRead(id));
    }

    @GET
    @Path("/follow-ups")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(operationId = "listFollowUps",
            summary = "Follow-up tasks: 告知承诺 post-checks, 先建后验 verifications, 差评 rectifications",
            description = "Opened when an application concludes (告知承诺, 先建后验) or is rated 2 or less; soonest due "
                    + "first.")
    @APIResponse(responseCode = "200", description = "One page, soonest due first")
    public Page<FollowUpTask> followUps(@Valid @BeanParam PageRequest page,
                                        @Parameter(description = "Only follow-ups of this kind",
                                                schema = @Schema(implementation = FollowUpKind.class))
                                        @QueryParam("kind") String kind,
                                        @Parameter(description = "Only follow-ups of this application")
                                        @QueryParam("applicationId") UUID applicationId,
                                        @Parameter(description = "Only follow-ups in this state",
                                                schema = @Schema(implementation = FollowUpStatus.class))
                                        @QueryParam("status") String status) {
        FollowUpKind wanted = QueryParams.optionalEnum("kind", kind, FollowUpKind.class);
        FollowUpStatus state = QueryParams.optionalEnum("status", status, FollowUpStatus.class);
        return workLists.followUps(wanted, applicationId, state, page).map(FollowUpTask::of);
    }

    @GET
    @Path("/quality")
    @RolesAllowed(ApprovalRoleSets.QUALITY_READERS)
    @Operation(operationId = "getServiceQuality",
            summary = "Service quality: 网上办 and 一次办 rates, 最多跑一次 exceptions, ratings, punctuality",
            description = "Figures over every application of the desk (working days used against the promised and "
                    + "statutory limits among them) and, in catalogue, the 网上可办, 全程网办 and 一次办 shares of the "
                    + "catalogue's 依申请 items, market services left out; computed when read.")
    @APIResponse(responseCode = "200", description = "The figures")
    public QualityResponse quality() {
        return QualityResponse.of(quality.figures());
    }

    @POST
    @Path("/reminders/scan")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "runReminderScan", summary = "Run the reminder scan now",
            description = "Safe to run alongside the scheduled scan: each reminder is created once. Publishes "
                    + "parksuite.approval.reminder-due.v1 per reminder, parksuite.approval.deadline-breached.v1 per "
                    + "newly breached deadline, and accepts (视为受理) intakes left without a 补正 notice for 5 working "
                    + "days (parksuite.approval.application-accepted.v1).")
    @APIResponse(responseCode = "200", description = "What the scan did")
    public ScanResponse runScan() {
        return ScanResponse.of(scan.scan());
    }
}
