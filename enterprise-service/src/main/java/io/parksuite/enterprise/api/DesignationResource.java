package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.EnterpriseClassification;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The designations an enterprise holds per year (规上, 高新, …): {@code /api/v1/enterprises/{uscc}/designations}. */
@Path("/api/v1/enterprises/{uscc}/designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise designations", description = "Designations held per year (规上, 高新, …)")
public class DesignationResource {

    private final EnterpriseClassification classification;
    private final Caller caller;

    public DesignationResource(EnterpriseClassification classification, Caller caller) {
        this.classification = classification;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(operationId = "listEnterpriseDesignations", summary = "List the designations an enterprise holds, by year",
            description = "Every designation granted, with its year and evidence. An enterprise user reads its own.")
    @APIResponse(responseCode = "200", description = "The designations, by year")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClassificationDtos.Held> designations(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                                      @PathParam("uscc") String uscc) {
        return classification.designationsOf(caller, uscc).stream().map(ClassificationDtos.Held::of).toList();
    }

    @POST
    @RolesAllowed(EnterpriseRoleSets.REGISTRARS)
    @Operation(operationId = "grantDesignation", summary = "Grant a designation for a year, with its evidence",
            description = "E.g. the statistics bureau's yearly register of above-scale enterprises; the type comes from "
                    + "GET /api/v1/registry/designation-types. Publishes parksuite.enterprise.designation-granted.v1.")
    @APIResponse(responseCode = "201", description = "The designation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationDtos.Held.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields or an unknown designation type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already held for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grant(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE) @PathParam("uscc") String uscc,
                          @Valid @NotNull ClassificationDtos.Grant request) {
        var designation = classification.grant(uscc, new EnterpriseClassification.Grant(uscc, request.type(),
                request.year(), request.certificateNumber(), request.validFrom(), request.validTo()));
        return Response.status(Response.Status.CREATED).entity(ClassificationDtos.Held.of(designation)).build();
    }
}
