package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.FollowUps;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * What happens to a follow-up after it is opened: the outcome of a 告知承诺 post-check or 先建后验 verification
 * (passed, rectification required, approval revoked), a park admin's waiver, and a 差评整改 rectification's
 * assignment, closure and re-rating. Each change publishes parksuite.approval.follow-up-changed.v1.
 */
@Path("/api/v1/approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "告知承诺 post-checks, 先建后验 verifications and 差评整改 rectifications: "
        + "outcomes, waivers, assignment, closure and re-rating")
@APIResponse(responseCode = "404", description = "No follow-up with this id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not allowed in the follow-up's current state",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FollowUpResource {

    private final FollowUps followUps;

    public FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** A post-check's or verification's outcome. */
    @Schema(name = "FollowUpOutcomeRequest", description = "What a post-check or verification found", example = """
            {"outcome":"RECTIFICATION_REQUIRED","reason":"消防验收不合格：疏散通道宽度不足","rectificationWorkingDays":20}""")
    public record OutcomeRequest(
            @Schema(description = "PASSED, RECTIFICATION_REQUIRED or REVOKED", ref = "FollowUpOutcome",
                    examples = "PASSED", required = true) @NotNull FollowUpOutcome outcome,
            @Schema(description = "Why; required for RECTIFICATION_REQUIRED and REVOKED",
                    examples = "消防验收不合格：疏散通道宽度不足") @Size(max = 1000) String reason,
            @Schema(description = "For RECTIFICATION_REQUIRED: working days (on the working calendar) to rectify",
                    minimum = "1", maximum = "60", examples = "20") @Min(1) @Max(60) Integer rectificationWorkingDays) {
    }

    /** A park admin's waiver. */
    @Schema(name = "FollowUpWaiverRequest", description = "Why a park admin waives an open follow-up")
    public record WaiverRequest(
            @Schema(description = "Why it is waived", examples = "项目已整体转让，承诺事项由受让方重新申报", required = true)
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** Who rectifies. */
    @Schema(name = "RectificationAssignment", description = "The officer a 差评整改 rectification is assigned to")
    public record AssignmentRequest(
            @Schema(description = "The officer's user name", examples = "zhang.wei", required = true)
            @NotBlank @Size(max = 128) String assignee) {
    }

    /** What was done. */
    @Schema(name = "RectificationClosure", description = "What was done to rectify (差评整改)")
    public record ClosureRequest(
            @Schema(description = "What was done", examples = "增设两个综合窗口，等候时间降至10分钟以内", required = true)
            @NotBlank @Size(max = 1000) String done) {
    }

    @POST
    @Path("/follow-ups/{id}/outcome")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "recordFollowUpOutcome", summary = "Record a post-check's or verification's outcome",
            description = "By an officer of the follow-up's department or the service centre. From OPEN: PASSED, "
                    + "RECTIFICATION_REQUIRED (status RECTIFYING, rectification due after rectificationWorkingDays "
                    + "working days, 1 to 60; reason required) or REVOKED (撤销: the approval is revoked, the application "
                    + "shows revokedAt; reason required). From RECTIFYING: PASSED or REVOKED. Publishes "
                    + "parksuite.approval.follow-up-changed.v1.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpTask.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the follow-up's department nor the service centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUpTask outcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeRequest request) {
        return FollowUpTask.of(followUps.outcome(id, FollowUps.Outcome.valueOf(request.outcome().name()),
                request.reason(), request.rectificationWorkingDays()));
    }

    @POST
    @Path("/follow-ups/{id}/waiver")
    @RolesAllowed(ApprovalRoleSets.WAIVERS)
    @Operation(operationId = "waiveFollowUp", summary = "Waive an open follow-up (park admin)",
            description = "Only while it is OPEN and today is on or before its dueOn; a failed one (RECTIFYING, REVOKED, "
                    + "or any that failed a check) or one past its deadline is refused with 409. Status WAIVED; "
                    + "publishes parksuite.approval.follow-up-changed.v1.")
    @APIResponse(responseCode = "200", description = "Waived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpTask.class)))
    public FollowUpTask waive(@PathParam("id") UUID id, @Valid @NotNull WaiverRequest request) {
        return FollowUpTask.of(followUps.waive(id, request.reason()));
    }

    @POST
    @Path("/follow-ups/{id}/assignment")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "assignRectification", summary = "Assign a 差评整改 rectification to an officer",
            description = "By an officer of its department or the service centre, while it is OPEN (again to reassign). "
                    + "Publishes parksuite.approval.follow-up-changed.v1.")
    @APIResponse(responseCode = "200", description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpTask.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of its department nor the service centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUpTask assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentRequest request) {
        return FollowUpTask.of(followUps.assign(id, request.assignee()));
    }

    @POST
    @Path("/follow-ups/{id}/closure")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "closeRectification", summary = "Close a 差评整改 rectification with what was done",
            description = "From OPEN to CLOSED; the applicant may then rate again. Publishes "
                    + "parksuite.approval.follow-up-changed.v1.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpTask.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of its department nor the service centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUpTask close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request) {
        return FollowUpTask.of(followUps.close(id, request.done()));
    }

    @POST
    @Path("/follow-ups/{id}/rating")
    @RolesAllowed(ApprovalRoleSets.RATERS)
    @Operation(operationId = "rerateRectification", summary = "Rate again after a 差评整改 rectification closed",
            description = "By the applicant (or the service centre on its behalf), once per rectification, after it is "
                    + "CLOSED; the first rating stays on the application beside the new one. Publishes "
                    + "parksuite.approval.follow-up-changed.v1.")
    @APIResponse(responseCode = "200", description = "Rated again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpTask.class)))
    public FollowUpTask rerate(@PathParam("id") UUID id, @Valid @NotNull StepRequests.RatingRequest request) {
        return FollowUpTask.of(followUps.rerate(id, request.score(), request.comment()));
    }
}
