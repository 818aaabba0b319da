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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The designations an enterprise holds per year (规上, 高新, …): {@code /api/v1/enterprises/{uscc}/designations}. */
@Path("/api/v1/enterprises/{uscc}/designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise designations", description = "Designations held per year (规上, 高新, …)")
@APIResponse(responseCode = "404", description = "No such enterprise (or not the caller's own)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Invalid fields or unknown reference codes",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DesignationResource {

    private final EnterpriseClassification classification;
    private final Caller caller;

    public DesignationResource(EnterpriseClassification classification, Caller caller) {
        this.classification = classification;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(summary = "List the designations an enterprise holds, by year")
    public List<ClassificationDtos.Held> designations(@PathParam("uscc") String uscc) {
        return classification.designationsOf(caller, uscc).stream().map(ClassificationDtos.Held::of).toList();
    }

    @POST
    @RolesAllowed(EnterpriseRoleSets.REGISTRARS)
    @Operation(summary = "Grant a designation for a year, with its evidence",
            description = "E.g. the statistics bureau's yearly register of above-scale enterprises. "
                    + "Publishes parksuite.enterprise.designation-granted.v1.")
    @APIResponse(responseCode = "201", description = "The designation",
            content = @Content(schema = @Schema(implementation = ClassificationDtos.Held.class)))
    @APIResponse(responseCode = "409", description = "Already held for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grant(@PathParam("uscc") String uscc, @Valid @NotNull ClassificationDtos.Grant request) {
        var designation = classification.grant(uscc, new EnterpriseClassification.Grant(uscc, request.type(),
                request.year(), request.certificateNumber(), request.validFrom(), request.validTo()));
        return Response.status(Response.Status.CREATED).entity(ClassificationDtos.Held.of(designation)).build();
    }
}
