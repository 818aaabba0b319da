package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.ApplicationResponse;
import io.parksuite.approval.api.ApplicationDtos.DeliveryRequest;
import io.parksuite.approval.api.ApplicationDtos.RatingRequest;
import io.parksuite.approval.api.ApplicationDtos.VisitRequest;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.ApplicationConclusion;
import io.parksuite.platform.problem.Problem;
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

/** After the decision: delivery (送达), archiving (归档), visits in person and the rating (好差评). */
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
public class ApplicationConclusionResource {

    private final ApplicationConclusion conclusion;

    public ApplicationConclusionResource(ApplicationConclusion conclusion) {
        this.conclusion = conclusion;
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Deliver the decision (送达)")
    @APIResponse(responseCode = "200", description = "Delivered",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response deliver(@PathParam("id") UUID id, DeliveryRequest request) {
        return ApplicationResponses.ok(conclusion.deliver(id, request == null ? null : request.method()));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Archive (归档)")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response archive(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(conclusion.archive(id));
    }

    @POST
    @Path("/{id}/visits")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Record a visit in person (counts toward 最多跑一次)")
    @APIResponse(responseCode = "200", description = "Counted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response visit(@PathParam("id") UUID id, VisitRequest request) {
        return ApplicationResponses.ok(conclusion.recordVisit(id, request == null ? null : request.purpose()));
    }

    @POST
    @Path("/{id}/rating")
    @RolesAllowed(ApprovalRoleSets.RATERS)
    @Operation(summary = "Rate the service (好差评), once per application",
            description = "1 to 5; a rating of 2 or less opens a rectification task due in 15 working days.")
    @APIResponse(responseCode = "200", description = "Rated",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request) {
        return ApplicationResponses.ok(conclusion.rate(id, request.score(), request.comment()));
    }
}
