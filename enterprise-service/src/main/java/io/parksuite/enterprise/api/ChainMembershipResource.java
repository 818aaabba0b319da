package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.EnterpriseClassification;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.RoleSets;
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

/** An enterprise's industry-chain memberships (产业链), effective-dated: {@code /api/v1/enterprises/{uscc}/chains}. */
@Path("/api/v1/enterprises/{uscc}/chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprise chains", description = "Effective-dated industry-chain memberships (产业链)")
public class ChainMembershipResource {

    private final EnterpriseClassification classification;
    private final Caller caller;

    public ChainMembershipResource(EnterpriseClassification classification, Caller caller) {
        this.classification = classification;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(operationId = "listEnterpriseChains", summary = "List an enterprise's industry-chain memberships, past and present",
            description = "Each membership with the day it began and, once ended, the day it ended. An enterprise user "
                    + "reads its own.")
    @APIResponse(responseCode = "200", description = "The memberships, past and present")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClassificationDtos.Membership> chains(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                                      @PathParam("uscc") String uscc) {
        return classification.chainsOf(caller, uscc).stream().map(ClassificationDtos.Membership::of).toList();
    }

    @POST
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "joinIndustryChain", summary = "Tag an enterprise with an industry chain from a date",
            description = "The chain code comes from GET /api/v1/registry/chains. "
                    + "Publishes parksuite.enterprise.updated.v1 with changedFields [chains].")
    @APIResponse(responseCode = "201", description = "The membership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationDtos.Membership.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already a member of that chain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields or an unknown chain code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response joinChain(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                              @PathParam("uscc") String uscc,
                              @Valid @NotNull ClassificationDtos.JoinChain request) {
        var membership = classification.joinChain(uscc, request.chainCode(), request.validFrom());
        return Response.status(Response.Status.CREATED).entity(ClassificationDtos.Membership.of(membership)).build();
    }

    @POST
    @Path("/{chainCode}/end")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "endChainMembership", summary = "End an enterprise's current membership of a chain on a date",
            description = "validTo is not before the membership began. "
                    + "Publishes parksuite.enterprise.updated.v1 with changedFields [chains].")
    @APIResponse(responseCode = "200", description = "The ended membership")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC, or it has no open membership of this chain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClassificationDtos.Membership leaveChain(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                                    @PathParam("uscc") String uscc,
                                                    @Parameter(description = "The chain's code", example = "ELECTRONIC_INFORMATION")
                                                    @PathParam("chainCode") String chainCode,
                                                    @Valid @NotNull ClassificationDtos.LeaveChain request) {
        return ClassificationDtos.Membership.of(classification.leaveChain(uscc, chainCode, request.validTo()));
    }
}
