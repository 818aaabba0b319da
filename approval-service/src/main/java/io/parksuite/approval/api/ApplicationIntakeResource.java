package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.Application;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.ApplicationIntake;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Intake steps of an application (接件): hand it in, fill in its form, withdraw it. */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Application intake", description = "接件: the applicant hands the application in, completes its form or "
        + "withdraws it (撤回)")
@APIResponse(responseCode = "409", description = ApiResponses.ILLEGAL_STEP,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationIntakeResource {

    private final ApplicationIntake intake;

    public ApplicationIntakeResource(ApplicationIntake intake) {
        this.intake = intake;
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "submitApplication", summary = "Hand the application in (接件)",
            description = "From DRAFT. Every required form field and main material must be present (422 naming each "
                    + "one missing). The intake date starts the 5-working-day window for a 补正 notice; without one the "
                    + "application counts as accepted (视为受理). Publishes "
                    + "parksuite.approval.application-submitted.v1.")
    @APIResponse(responseCode = "200", description = "Submitted",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response submit(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(intake.submit(id));
    }

    @PUT
    @Path("/{id}/form")
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "updateApplicationForm", summary = "Fill in or correct form fields",
            description = "The fields sent are merged over the current form data; in DRAFT or during 补正 "
                    + "(SUPPLEMENT_REQUESTED) only.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response updateForm(@PathParam("id") UUID id, @Valid @NotNull StepRequests.FormUpdate request) {
        return ApplicationResponses.ok(intake.updateForm(id, request.formData()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "withdrawApplication", summary = "Withdraw the application (撤回) before acceptance",
            description = "From DRAFT, SUBMITTED or SUPPLEMENT_REQUESTED; the application ends as WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Application.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(intake.withdraw(id));
    }
}
