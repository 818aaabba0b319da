package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.Application;
import io.parksuite.approval.api.StepRequests.DecisionRequest;
import io.parksuite.approval.api.StepRequests.SpecialProcedureRequest;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.ApplicationReview;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Review steps (审查): department decisions, 容缺 materials supplied, special procedures (特别程序). */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "审查: department tasks decided in parallel, 容缺 materials supplied, special "
        + "procedures (特别程序) that pause the clocks")
@APIResponse(responseCode = "409", description = ApiResponses.ILLEGAL_STEP,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationReviewResource {

    private final ApplicationReview review;

    public ApplicationReviewResource(ApplicationReview review) {
        this.review = review;
    }

    @POST
    @Path("/{id}/supply-deficiency")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "supplyDeficiency", summary = "Report the 容缺 materials supplied (after uploading them)",
            description = "In IN_REVIEW or SPECIAL_PROCEDURE, after a 容缺受理: each missing material must now be on "
                    + "file (422 naming each one still missing). 409 when nothing is missing.")
    @APIResponse(responseCode = "200", description = "Deficiency resolved",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response supplyDeficiency(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(review.supplyDeficiency(id));
    }

    @POST
    @Path("/{id}/special-procedure/start")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "startSpecialProcedure", summary = "Start a special procedure (特别程序): the clocks pause",
            description = "From IN_REVIEW: a hearing, testing, expert review or on-site inspection, which the "
                    + "statutory time limit does not count (Administrative Licensing Law art. 45). The applicant gets "
                    + "a written notice.")
    @APIResponse(responseCode = "200", description = "Paused; now SPECIAL_PROCEDURE",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response startSpecialProcedure(@PathParam("id") UUID id, @Valid @NotNull SpecialProcedureRequest request) {
        return ApplicationResponses.ok(review.startSpecialProcedure(id, request.kind(), request.reason()));
    }

    @POST
    @Path("/{id}/special-procedure/end")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "endSpecialProcedure",
            summary = "End the special procedure: the clocks run again",
            description = "From SPECIAL_PROCEDURE. The pause ends today; the promised and statutory deadlines move by "
                    + "the working days it lasted.")
    @APIResponse(responseCode = "200", description = "Resumed; now IN_REVIEW",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response endSpecialProcedure(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(review.endSpecialProcedure(id));
    }

    @POST
    @Path("/{id}/tasks/{taskId}/decision")
    @RolesAllowed(ApprovalRoleSets.TASK_DECIDERS)
    @Operation(operationId = "decideTask", summary = "Decide a department's task",
            description = "In IN_REVIEW, by an officer of the task's department (or an admin); a task is decided once "
                    + "(409 after), and not approved while 容缺 materials are missing (409). When the last task is "
                    + "decided the application concludes (APPROVED if every department approved, else DENIED) and "
                    + "parksuite.approval.application-concluded.v1 is published.")
    @APIResponse(responseCode = "200", description = "Decided",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    @APIResponse(responseCode = "404", description = "No such application visible to the caller, or no such task in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                           @Valid @NotNull DecisionRequest request) {
        boolean approve = switch (request.decision()) {
            case "APPROVED" -> true;
            case "DENIED" -> false;
            default -> throw ProblemException.invalidField("decision", "must be APPROVED or DENIED");
        };
        return ApplicationResponses.ok(review.decide(id, taskId, approve, request.opinion()));
    }
}
