package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.ApplicationResponse;
import io.parksuite.approval.api.ApplicationDtos.DecisionRequest;
import io.parksuite.approval.api.ApplicationDtos.SpecialProcedureRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Review steps (审查): department decisions, 容缺 materials supplied, special procedures (特别程序). */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "办件: applications for an item or a bundle and their lifecycle")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such application (or not visible to the caller)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The status does not allow this step; errors[] names the allowed ones",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
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
    @Operation(summary = "Report the 容缺 materials supplied (after uploading them)")
    @APIResponse(responseCode = "200", description = "Deficiency resolved",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response supplyDeficiency(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(review.supplyDeficiency(id));
    }

    @POST
    @Path("/{id}/special-procedure/start")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Start a special procedure (特别程序): the clock pauses")
    @APIResponse(responseCode = "200", description = "Paused",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response startSpecialProcedure(@PathParam("id") UUID id, @Valid @NotNull SpecialProcedureRequest request) {
        return ApplicationResponses.ok(review.startSpecialProcedure(id, request.kind(), request.reason()));
    }

    @POST
    @Path("/{id}/special-procedure/end")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "End the special procedure: the clock runs again and deadlines move by the pause")
    @APIResponse(responseCode = "200", description = "Resumed",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response endSpecialProcedure(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(review.endSpecialProcedure(id));
    }

    @POST
    @Path("/{id}/tasks/{taskId}/decision")
    @RolesAllowed(ApprovalRoleSets.TASK_DECIDERS)
    @Operation(summary = "Decide a department's task",
            description = "Only an officer of the task's department. When the last task is decided the application "
                    + "concludes (approved if every department approved) and application-concluded is published.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
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
