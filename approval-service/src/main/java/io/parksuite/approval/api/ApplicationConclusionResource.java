package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.Application;
import io.parksuite.approval.api.StepRequests.DeliveryRequest;
import io.parksuite.approval.api.StepRequests.RatingRequest;
import io.parksuite.approval.api.StepRequests.VisitRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** After the decision: delivery (送达), archiving (归档), visits in person and the rating (好差评). */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conclusion", description = "After the decision: delivery (送达), archiving (归档), visits in person "
        + "(最多跑一次) and the rating (好差评)")
@APIResponse(responseCode = "409", description = ApiResponses.ILLEGAL_STEP,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationConclusionResource {

    private final ApplicationConclusion conclusion;

    public ApplicationConclusionResource(ApplicationConclusion conclusion) {
        this.conclusion = conclusion;
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "deliverDecision", summary = "Deliver the decision (送达)",
            description = "From APPROVED or DENIED, within 10 working days of the decision (Administrative Licensing "
                    + "Law art. 44). The body is optional: the method defaults to ONLINE; delivery at the COUNTER "
                    + "counts as a visit.")
    @APIResponse(responseCode = "200", description = "Delivered",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response deliver(@PathParam("id") UUID id, DeliveryRequest request) {
        return ApplicationResponses.ok(conclusion.deliver(id, request == null ? null : request.method()));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "archiveApplication", summary = "Archive (归档)",
            description = "From DELIVERED or NOT_ACCEPTED; the application's record is closed.")
    @APIResponse(responseCode = "200", description = "Archived",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response archive(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(conclusion.archive(id));
    }

    @POST
    @Path("/{id}/visits")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "recordVisit", summary = "Record a visit in person (counts toward 最多跑一次)",
            description = "Any status but DRAFT, WITHDRAWN and ARCHIVED; the body is optional. More than one visit "
                    + "marks the application as a 最多跑一次 exception (moreThanOneVisit).")
    @APIResponse(responseCode = "200", description = "Counted",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response visit(@PathParam("id") UUID id, VisitRequest request) {
        return ApplicationResponses.ok(conclusion.recordVisit(id, request == null ? null : request.purpose()));
    }

    @POST
    @Path("/{id}/rating")
    @RolesAllowed(ApprovalRoleSets.RATERS)
    @Operation(operationId = "rateApplication", summary = "Rate the service (好差评), once per application",
            description = "By the applicant (or the service centre on its behalf) once the application has a result; "
                    + "a second rating is a 409. Scores 1 to 5; 2 or less opens a rectification task due in 15 "
                    + "working days. Publishes parksuite.approval.rated.v1.")
    @APIResponse(responseCode = "200", description = "Rated",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest request) {
        return ApplicationResponses.ok(conclusion.rate(id, request.score(), request.comment()));
    }
}
