package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.Application;
import io.parksuite.approval.api.StepRequests.DeficiencyRequest;
import io.parksuite.approval.api.StepRequests.RefusalRequest;
import io.parksuite.approval.api.StepRequests.SupplementRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Acceptance steps (受理): accept, accept with deficiency (容缺), refuse, request and supply a supplement (补正). */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Acceptance", description = "受理: the desk accepts (受理, 容缺受理), does not accept (不予受理) or asks once "
        + "for a supplement (补正), which the applicant then supplies")
@APIResponse(responseCode = "409", description = ApiResponses.ILLEGAL_STEP,
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
    @Operation(operationId = "acceptApplication", summary = "Accept (受理)",
            description = "From SUBMITTED. Starts the working-day clocks (the promised limit and, for an administrative "
                    + "licence, the statutory limit) and opens one task per department. Publishes "
                    + "parksuite.approval.application-accepted.v1.")
    @APIResponse(responseCode = "200", description = "Accepted; now IN_REVIEW",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response accept(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(acceptance.accept(id));
    }

    @POST
    @Path("/{id}/accept-with-deficiency")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "acceptApplicationWithDeficiency", summary = "Accept with deficiency (容缺受理)",
            description = "From SUBMITTED. Only secondary materials the item marks 容缺-eligible may be missing; the "
                    + "applicant's signed commitment is required; dueOn must be after today and no later than the "
                    + "promised deadline (422 naming each field otherwise). The clocks start as for an acceptance. "
                    + "Publishes parksuite.approval.application-accepted.v1.")
    @APIResponse(responseCode = "200", description = "Accepted with deficiency; now IN_REVIEW",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response acceptWithDeficiency(@PathParam("id") UUID id, @Valid @NotNull DeficiencyRequest request) {
        return ApplicationResponses.ok(acceptance.acceptWithDeficiency(id, request.missingMaterials(),
                request.commitment(), request.dueOn()));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "refuseApplication", summary = "Do not accept (不予受理), with reason and written notice",
            description = "From SUBMITTED. The reason goes into the written notice to the applicant; the application "
                    + "ends as NOT_ACCEPTED.")
    @APIResponse(responseCode = "200", description = "Not accepted",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response refuse(@PathParam("id") UUID id, @Valid @NotNull RefusalRequest request) {
        return ApplicationResponses.ok(acceptance.refuse(id, request.reason()));
    }

    @POST
    @Path("/{id}/request-supplement")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "requestSupplement", summary = "Request a supplement (补正), once and complete",
            description = "From SUBMITTED, within 5 working days of intake (Administrative Licensing Law art. 32), and "
                    + "only once per application: everything to supplement is listed at once (一次性告知). A second "
                    + "request, or one after the window closed, is a 409; after the window the application counts as "
                    + "accepted from its intake date. The applicant has 5 working days to supply.")
    @APIResponse(responseCode = "200", description = "Supplement requested; now SUPPLEMENT_REQUESTED",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response requestSupplement(@PathParam("id") UUID id, @Valid @NotNull SupplementRequest request) {
        return ApplicationResponses.ok(acceptance.requestSupplement(id, request.items(), request.note()));
    }

    @POST
    @Path("/{id}/supply-supplement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "supplySupplement", summary = "Report the 补正 materials complete (after uploading them)",
            description = "From SUPPLEMENT_REQUESTED. Every main material must then be on file (422 naming each one "
                    + "missing); the application returns to SUBMITTED for the acceptance decision.")
    @APIResponse(responseCode = "200", description = "Back to SUBMITTED",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response supplySupplement(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(acceptance.supplySupplement(id));
    }
}
