package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.ApplicationResponse;
import io.parksuite.approval.api.ApplicationDtos.DeficiencyRequest;
import io.parksuite.approval.api.ApplicationDtos.RefusalRequest;
import io.parksuite.approval.api.ApplicationDtos.SupplementRequest;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.ApplicationAcceptance;
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

/** Acceptance steps (受理): accept, accept with deficiency (容缺), refuse, request and supply a supplement (补正). */
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
public class ApplicationAcceptanceResource {

    private final ApplicationAcceptance acceptance;

    public ApplicationAcceptanceResource(ApplicationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Accept (受理)", description = "Starts the working-day clock and opens one task per department.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response accept(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(acceptance.accept(id));
    }

    @POST
    @Path("/{id}/accept-with-deficiency")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Accept with deficiency (容缺受理)",
            description = "Only secondary, 容缺-eligible materials may be missing; the signed commitment is required; the "
                    + "due date may not pass the promised deadline.")
    @APIResponse(responseCode = "200", description = "Accepted with deficiency",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response acceptWithDeficiency(@PathParam("id") UUID id, @Valid @NotNull DeficiencyRequest request) {
        return ApplicationResponses.ok(acceptance.acceptWithDeficiency(id, request.missingMaterials(),
                request.commitment(), request.dueOn()));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Do not accept (不予受理), with reason and written notice")
    @APIResponse(responseCode = "200", description = "Not accepted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response refuse(@PathParam("id") UUID id, @Valid @NotNull RefusalRequest request) {
        return ApplicationResponses.ok(acceptance.refuse(id, request.reason()));
    }

    @POST
    @Path("/{id}/request-supplement")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Request a supplement (补正), once and complete, within 5 working days of intake")
    @APIResponse(responseCode = "200", description = "Supplement requested",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response requestSupplement(@PathParam("id") UUID id, @Valid @NotNull SupplementRequest request) {
        return ApplicationResponses.ok(acceptance.requestSupplement(id, request.items(), request.note()));
    }

    @POST
    @Path("/{id}/supply-supplement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Report the 补正 materials complete (after uploading them)")
    @APIResponse(responseCode = "200", description = "Back to intake",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response supplySupplement(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(acceptance.supplySupplement(id));
    }
}
