package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.service.EnterpriseService;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry's enterprise records: {@code /api/v1/enterprises}. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Enterprise records keyed by USCC (企业库)")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EnterpriseResource {

    private final EnterpriseService enterprises;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public EnterpriseResource(EnterpriseService enterprises, SecurityIdentity identity, JsonWebToken token) {
        this.enterprises = enterprises;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.PARK_ADMIN, Roles.INVESTMENT_OFFICER, Roles.GOV_SYSTEM})
    @Operation(summary = "Register an enterprise",
            description = "Creates the record and publishes parksuite.enterprise.registered.v1 on enterprise.events.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The USCC is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, e.g. a USCC failing its check character",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterEnterpriseRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Enterprise enterprise = enterprises.register(request.uscc(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(enterprise.uscc).build())
                .tag(etag(enterprise))
                .entity(EnterpriseResponse.of(enterprise))
                .build();
    }

    @GET
    @Path("/{uscc}")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.PARK_LEADER, Roles.INVESTMENT_OFFICER, Roles.APPROVAL_OFFICER,
            Roles.SERVICE_MANAGER, Roles.STATISTICIAN, Roles.GOV_SYSTEM, Roles.ENTERPRISE})
    @Operation(summary = "Read an enterprise record",
            description = "An enterprise user may read only its own record (the token's uscc claim).")
    @APIResponse(responseCode = "200", description = "The record; its ETag is the version",
            content = @Content(schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("uscc") String uscc) {
        if (isOnlyEnterpriseUser() && !uscc.equals(token.getClaim(Roles.USCC_CLAIM))) {
            throw new ForbiddenException("An enterprise user may read only its own record");
        }
        Enterprise enterprise = enterprises.find(uscc)
                .orElseThrow(() -> ProblemException.notFound("No enterprise with USCC " + uscc));
        return Response.ok(EnterpriseResponse.of(enterprise)).tag(etag(enterprise)).build();
    }

    private boolean isOnlyEnterpriseUser() {
        return identity.getRoles().size() == 1 && identity.hasRole(Roles.ENTERPRISE);
    }

    private static EntityTag etag(Enterprise enterprise) {
        return new EntityTag(Long.toString(enterprise.version));
    }
}
