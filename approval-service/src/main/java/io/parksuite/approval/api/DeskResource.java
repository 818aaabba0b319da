package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.api.ApplicationDtos.TaskResponse;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.Reminder;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.approval.service.Quality;
import io.parksuite.approval.service.ReminderScan;
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
@Tag(name = "Desk", description = "Tasks, inboxes, follow-ups and service quality")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Schema(name = "Reminder")
    public record ReminderResponse(long id, String kind, UUID applicationId, UUID taskId, String recipientType,
                                   String recipient, LocalDate dueOn, String message, OffsetDateTime createdAt,
                                   OffsetDateTime readAt) {
        static ReminderResponse of(Reminder r) {
            return new ReminderResponse(r.id, r.kind, r.applicationId, r.taskId, r.recipientType, r.recipient, r.dueOn,
                    r.message, r.createdAt, r.readAt);
        }
    }

    /** A follow-up task. */
    @Schema(name = "FollowUpTask")
    public record FollowUpResponse(UUID id, UUID applicationId, String kind, String department, UUID projectId,
                                   LocalDate dueOn, String status, String note, OffsetDateTime createdAt) {
        static FollowUpResponse of(FollowUpTask t) {
            return new FollowUpResponse(t.id, t.applicationId, t.kind.name(), t.department, t.projectId, t.dueOn,
                    t.status, t.note, t.createdAt);
        }
    }

    @GET
    @Path("/tasks")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(summary = "Department tasks", description = "An officer sees its department's tasks only; the service "
            + "centre may filter by department. Sorted by promised deadline.")
    @APIResponse(responseCode = "200", description = "One page of tasks")
    public Page<TaskResponse> tasks(@Valid @BeanParam PageRequest page, @QueryParam("status") String status,
                                    @QueryParam("department") String department) {
        TaskStatus wanted = QueryParams.optionalEnum("status", status, TaskStatus.class);
        return workLists.tasks(wanted, department, page).map(TaskResponse::of);
    }

    @GET
    @Path("/inbox")
    @RolesAllowed(ApprovalRoleSets.INBOX_READERS)
    @Operation(summary = "The caller's reminders (办事提醒)",
            description = "An officer's department inbox, an enterprise's own; the service centre reads any with "
                    + "recipient=…; unread=true for unread only.")
    @APIResponse(responseCode = "200", description = "One page of reminders, newest first")
    public Page<ReminderResponse> inbox(@Valid @BeanParam PageRequest page, @QueryParam("recipient") String recipient,
                                        @Parameter(description = "Only unread reminders",
                                                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                        @QueryParam("unread") String unreadParam) {
        boolean unread = QueryParams.flag("unread", unreadParam, false);
        return workLists.inbox(recipient, unread, page).map(ReminderResponse::of);
    }

    @POST
    @Path("/inbox/{id}/read")
    @RolesAllowed(ApprovalRoleSets.INBOX_READERS)
    @Operation(summary = "Mark a reminder read")
    @APIResponse(responseCode = "200", description = "Marked")
    public ReminderResponse markRead(@PathParam("id") long id) {
        return ReminderResponse.of(workLists.markRead(id));
    }

    @GET
    @Path("/follow-ups")
    @RolesAllowed(ApprovalRoleSets.WORK_LIST_READERS)
    @Operation(summary = "Follow-up tasks: 告知承诺 post-checks, 先建后验 verifications, 差评 rectifications")
    @APIResponse(responseCode = "200", description = "One page, soonest due first")
    public Page<FollowUpResponse> followUps(@Valid @BeanParam PageRequest page, @QueryParam("kind") String kind,
                                            @QueryParam("applicationId") UUID applicationId) {
        FollowUpKind wanted = QueryParams.optionalEnum("kind", kind, FollowUpKind.class);
        return workLists.followUps(wanted, applicationId, page).map(FollowUpResponse::of);
    }

    @GET
    @Path("/quality")
    @RolesAllowed(ApprovalRoleSets.QUALITY_READERS)
    @Operation(summary = "Service quality: 网上办 and 一次办 rates, 最多跑一次 exceptions, ratings, punctuality")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = Quality.Figures.class)))
    public Quality.Figures quality() {
        return quality.figures();
    }

    @POST
    @Path("/reminders/scan")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(summary = "Run the reminder scan now", description = "Safe to run alongside the scheduled scan: each "
            + "reminder is created once.")
    @APIResponse(responseCode = "200", description = "What the scan did")
    public ReminderScan.Result runScan() {
        return scan.scan();
    }
}
