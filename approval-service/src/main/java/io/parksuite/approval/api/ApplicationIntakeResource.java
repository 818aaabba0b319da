package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.ApplicationResponse;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Intake steps of an application (接件): hand it in, fill in its form, withdraw it. */
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
public class ApplicationIntakeResource {

    private final ApplicationIntake intake;

    public ApplicationIntakeResource(ApplicationIntake intake) {
        this.intake = intake;
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Hand the application in (接件)", description = "Every required form field and main material must be present.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response submit(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(intake.submit(id));
    }

    @PUT
    @Path("/{id}/form")
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Fill in or correct form fields", description = "Merged over the current form data; in DRAFT or "
            + "during 补正 only.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response updateForm(@PathParam("id") UUID id, @Valid @NotNull ApplicationDtos.FormUpdate request) {
        return ApplicationResponses.ok(intake.updateForm(id, request.formData()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Withdraw the application (撤回) before acceptance")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        return ApplicationResponses.ok(intake.withdraw(id));
    }
}
