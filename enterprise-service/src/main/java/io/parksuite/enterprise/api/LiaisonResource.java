package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.LiaisonRequest;
import io.parksuite.enterprise.domain.RequestCategory;
import io.parksuite.enterprise.domain.RequestStatus;
import io.parksuite.enterprise.service.LiaisonService;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.RoleSets;
import io.parksuite.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The liaison service (一对一联点服务), {@code /api/v1/registry/liaison}: officers, who looks
 * after which enterprise, visits, and enterprise requests (诉求) with their overdue list. Park
 * admins and investment officers run it; an enterprise user raises, follows and rates its own
 * requests.
 */
@Path("/api/v1/registry/liaison")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison service", description = "一对一联点服务: officers, visits and enterprise requests")
@APIResponse(responseCode = "404", description = "No such enterprise, officer or request (or not the caller's own)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Invalid fields",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LiaisonResource {

    private final LiaisonService liaison;
    private final Caller caller;

    public LiaisonResource(LiaisonService liaison, Caller caller) {
        this.liaison = liaison;
        this.caller = caller;
    }

    @GET
    @Path("/officers")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_READERS)
    @Operation(summary = "The liaison officers")
    public List<LiaisonDtos.Officer> officers() {
        return liaison.officers().stream().map(LiaisonDtos.Officer::of).toList();
    }

    @POST
    @Path("/officers")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Add a liaison officer")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = LiaisonDtos.Officer.class)))
    public Response addOfficer(@Valid @NotNull LiaisonDtos.Officer officer) {
        return created(LiaisonDtos.Officer.of(liaison.addOfficer(officer.toEntity())));
    }

    @GET
    @Path("/assignments/{uscc}")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(summary = "The officer looking after an enterprise")
    public LiaisonDtos.Assignment assignment(@PathParam("uscc") String uscc) {
        return LiaisonDtos.Assignment.of(liaison.assignmentFor(caller, uscc));
    }

    @PUT
    @Path("/assignments/{uscc}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Assign (or reassign) the officer looking after an enterprise")
    public LiaisonDtos.Assignment assign(@PathParam("uscc") String uscc, @Valid @NotNull LiaisonDtos.Assign request) {
        return LiaisonDtos.Assignment.of(liaison.assign(uscc, request.officerId(), request.assignedOn()));
    }

    @GET
    @Path("/visits")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(summary = "The visits paid to an enterprise")
    public List<LiaisonDtos.Visit> visits(@QueryParam("uscc") String uscc) {
        if (uscc == null && !caller.isEnterpriseUser()) {
            throw ProblemException.invalidField("uscc", "is required");
        }
        String enterprise = caller.enterpriseFilter(uscc);
        return liaison.visits(enterprise).stream().map(v -> LiaisonDtos.Visit.of(v).seenBy(caller)).toList();
    }

    @POST
    @Path("/visits")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(summary = "Log a visit to an enterprise")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = LiaisonDtos.Visit.class)))
    public Response logVisit(@Valid @NotNull LiaisonDtos.Visit visit) {
        return created(LiaisonDtos.Visit.of(liaison.logVisit(visit.toEntity(), caller.subject())));
    }

    @GET
    @Path("/requests")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(summary = "Enterprise requests, filtered; overdue=true lists those past their deadline, oldest first",
            description = "An enterprise user sees its own only.")
    public Page<LiaisonDtos.Request> requests(@QueryParam("uscc") String uscc, @QueryParam("status") String status,
                                              @QueryParam("category") String category,
                                              @QueryParam("officerId") String officerId,
                                              @Parameter(description = "Only pending requests past their deadline",
                                                      schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                              @QueryParam("overdue") String overdue,
                                              @BeanParam PageRequest page) {
        var criteria = new LiaisonService.RequestCriteria(caller.enterpriseFilter(uscc),
                QueryParams.optionalEnum("status", status, RequestStatus.class),
                QueryParams.optionalEnum("category", category, RequestCategory.class),
                officerId == null ? null : QueryParams.optionalInt("officerId", officerId).longValue(),
                QueryParams.flag("overdue", overdue, false));
        var today = liaison.today();
        return liaison.requests(criteria, page).map(r -> LiaisonDtos.Request.of(r, today).seenBy(caller));
    }

    @POST
    @Path("/requests")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_REQUESTERS)
    @Operation(summary = "Raise a request (诉求) for an enterprise",
            description = "An enterprise user raises its own, on the day it calls (raisedOn is the park's staff's, to "
                    + "record a request received earlier); the assigned officer follows it.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(schema = @Schema(implementation = LiaisonDtos.Request.class)))
    public Response raise(@Valid @NotNull LiaisonDtos.Raise request) {
        return created(view(liaison.raise(caller, request.toEntity())));
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(summary = "One request")
    public LiaisonDtos.Request request(@PathParam("id") long id) {
        return view(liaison.requestFor(caller, id));
    }

    @POST
    @Path("/requests/{id}/start")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(summary = "An officer takes the request on (OPEN → IN_PROGRESS)")
    @APIResponse(responseCode = "409", description = "Not OPEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Request start(@PathParam("id") long id, LiaisonDtos.Start request) {
        return view(liaison.start(id, request == null ? null : request.officerId()));
    }

    @POST
    @Path("/requests/{id}/resolution")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(summary = "Record how the request was resolved (→ RESOLVED)")
    @APIResponse(responseCode = "409", description = "Already resolved or closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Request resolve(@PathParam("id") long id, @Valid @NotNull LiaisonDtos.Resolution resolution) {
        return view(liaison.resolve(id, resolution.resolution(), resolution.resolvedOn()));
    }

    @POST
    @Path("/requests/{id}/rating")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "The enterprise rates the resolution, 1 to 5 (RESOLVED → CLOSED)")
    @APIResponse(responseCode = "409", description = "Not RESOLVED (not yet, or already rated)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Request rate(@PathParam("id") long id, @Valid @NotNull LiaisonDtos.Rating rating) {
        return view(liaison.rate(caller, id, rating.rating(), rating.comment()));
    }

    private LiaisonDtos.Request view(LiaisonRequest request) {
        return LiaisonDtos.Request.of(request, liaison.today()).seenBy(caller);
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
