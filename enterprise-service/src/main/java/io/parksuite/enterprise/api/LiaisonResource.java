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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The liaison service (一对一联点服务), {@code /api/v1/registry/liaison}: officers, who looks
 * after which enterprise, visits, and enterprise requests (诉求) with their overdue list. Park
 * admins and investment officers run it; an enterprise user raises, follows and rates its own
 * requests. The reminders of requests due soon or overdue are in {@link LiaisonInboxResource}.
 */
@Path("/api/v1/registry/liaison")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison service", description = "一对一联点服务: liaison officers, visits and enterprise requests (诉求)")
public class LiaisonResource {

    private static final String NO_REQUEST = "No request with this id (or, for an enterprise user, not its own)";
    private static final String WRONG_STEP = "The request is not in the status this step needs; the detail names it";

    private final LiaisonService liaison;
    private final Caller caller;

    public LiaisonResource(LiaisonService liaison, Caller caller) {
        this.liaison = liaison;
        this.caller = caller;
    }

    @GET
    @Path("/officers")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_READERS)
    @Operation(operationId = "listLiaisonOfficers", summary = "The liaison officers",
            description = "Every officer who can be assigned to enterprises.")
    public List<LiaisonDtos.Officer> officers() {
        return liaison.officers().stream().map(LiaisonDtos.Officer::of).toList();
    }

    @POST
    @Path("/officers")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "addLiaisonOfficer", summary = "Add a liaison officer",
            description = "subject links the officer to a login, so that visits and requests can name who took them on.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LiaisonDtos.Officer.class)))
    @APIResponse(responseCode = "409", description = "An officer with this subject already exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addOfficer(@Valid @NotNull LiaisonDtos.Officer officer) {
        return created(LiaisonDtos.Officer.of(liaison.addOfficer(officer.toEntity())));
    }

    @GET
    @Path("/assignments/{uscc}")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(operationId = "getLiaisonAssignment", summary = "The officer looking after an enterprise",
            description = "An enterprise user reads its own.")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not "
            + "its own), or no officer is assigned to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Assignment assignment(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                             @PathParam("uscc") String uscc) {
        return LiaisonDtos.Assignment.of(liaison.assignmentFor(caller, uscc));
    }

    @PUT
    @Path("/assignments/{uscc}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "assignLiaisonOfficer", summary = "Assign (or reassign) the officer looking after an enterprise",
            description = "One officer per enterprise; a new assignment replaces the previous one.")
    @APIResponse(responseCode = "200", description = "The new assignment")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, or no liaison officer with this officerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.Assignment assign(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                         @PathParam("uscc") String uscc,
                                         @Valid @NotNull LiaisonDtos.Assign request) {
        return LiaisonDtos.Assignment.of(liaison.assign(uscc, request.officerId(), request.assignedOn()));
    }

    @GET
    @Path("/visits")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(operationId = "listLiaisonVisits", summary = "The visits paid to an enterprise",
            description = "Oldest first. The park's staff name the enterprise (uscc is required); an enterprise user "
                    + "reads its own, without the staff's logins.")
    @APIResponse(responseCode = "200", description = "The visits, oldest first")
    @APIResponse(responseCode = "404", description = "An enterprise user asked for another enterprise's visits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LiaisonDtos.Visit> visits(@Parameter(description = Schemas.USCC + "; required for the park's staff",
                                                  example = Schemas.USCC_EXAMPLE)
                                          @QueryParam("uscc") String uscc) {
        if (uscc == null && !caller.isEnterpriseUser()) {
            throw ProblemException.invalidField("uscc", "is required");
        }
        String enterprise = caller.enterpriseFilter(uscc);
        return liaison.visits(enterprise).stream().map(v -> LiaisonDtos.Visit.of(v).seenBy(caller)).toList();
    }

    @POST
    @Path("/visits")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(operationId = "logLiaisonVisit", summary = "Log a visit to an enterprise",
            description = "By the assigned officer unless officerId names another; the visit day is not in the future. "
                    + "The caller's login is recorded as recordedBy.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LiaisonDtos.Visit.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown officerId, or no officerId while "
            + "no officer is assigned to the enterprise",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response logVisit(@Valid @NotNull LiaisonDtos.Visit visit) {
        return created(LiaisonDtos.Visit.of(liaison.logVisit(visit.toEntity(), caller.subject())));
    }

    @GET
    @Path("/requests")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(operationId = "searchLiaisonRequests", summary = "Enterprise requests, filtered",
            description = "overdue=true lists the pending requests (OPEN, IN_PROGRESS) past their deadline, oldest "
                    + "deadline first. An enterprise user sees its own only, without who raised them.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "An enterprise user asked for another enterprise's requests",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LiaisonDtos.LiaisonRequest> requests(@Parameter(description = Schemas.USCC, example = Schemas.USCC_EXAMPLE)
                                              @QueryParam("uscc") String uscc,
                                              @Parameter(description = "Where the request stands",
                                                      schema = @Schema(implementation = RequestStatus.class))
                                              @QueryParam("status") String status,
                                              @Parameter(description = "What the request is about",
                                                      schema = @Schema(implementation = RequestCategory.class))
                                              @QueryParam("category") String category,
                                              @Parameter(description = "The officer following the request", example = "1",
                                                      schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
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
        return liaison.requests(criteria, page).map(r -> LiaisonDtos.LiaisonRequest.of(r, today).seenBy(caller));
    }

    @POST
    @Path("/requests")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_REQUESTERS)
    @Operation(operationId = "raiseLiaisonRequest", summary = "Raise a request (诉求) for an enterprise",
            description = "An enterprise user raises its own, on the day it calls (raisedOn is the park's staff's, to "
                    + "record a request received earlier); the deadline is not before raisedOn. The request starts OPEN "
                    + "and the assigned officer follows it.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LiaisonDtos.LiaisonRequest.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response raise(@Valid @NotNull LiaisonDtos.Raise request) {
        return created(view(liaison.raise(caller, request.toEntity())));
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_FOLLOWERS)
    @Operation(operationId = "getLiaisonRequest", summary = "One request",
            description = "An enterprise user reads its own, without who raised it.")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = NO_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.LiaisonRequest request(@Parameter(description = "The request's id", example = "17") @PathParam("id") long id) {
        return view(liaison.requestFor(caller, id));
    }

    @POST
    @Path("/requests/{id}/start")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(operationId = "startLiaisonRequest", summary = "An officer takes the request on (OPEN → IN_PROGRESS)",
            description = "The assigned officer, unless the body names another. The body may be left out.")
    @APIResponse(responseCode = "200", description = "The request, IN_PROGRESS")
    @APIResponse(responseCode = "404", description = "No request with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = WRONG_STEP + " (OPEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.LiaisonRequest start(@Parameter(description = "The request's id", example = "17") @PathParam("id") long id,
                                     @RequestBody(required = false, description = "May be left out: the assigned officer")
                                     LiaisonDtos.Start request) {
        return view(liaison.start(id, request == null ? null : request.officerId()));
    }

    @POST
    @Path("/requests/{id}/resolution")
    @RolesAllowed(EnterpriseRoleSets.LIAISON_STAFF)
    @Operation(operationId = "resolveLiaisonRequest", summary = "Record how the request was resolved (→ RESOLVED)",
            description = "From OPEN or IN_PROGRESS; resolvedOn is today when absent and not before the request was raised.")
    @APIResponse(responseCode = "200", description = "The request, RESOLVED")
    @APIResponse(responseCode = "404", description = "No request with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = WRONG_STEP + " (OPEN or IN_PROGRESS): already resolved or closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.LiaisonRequest resolve(@Parameter(description = "The request's id", example = "17") @PathParam("id") long id,
                                       @Valid @NotNull LiaisonDtos.Resolution resolution) {
        return view(liaison.resolve(id, resolution.resolution(), resolution.resolvedOn()));
    }

    @POST
    @Path("/requests/{id}/rating")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(operationId = "rateLiaisonRequest", summary = "The enterprise rates the resolution, 1 to 5 (RESOLVED → CLOSED)",
            description = "Only the enterprise user whose request it is; the rating closes the request.")
    @APIResponse(responseCode = "200", description = "The request, CLOSED")
    @APIResponse(responseCode = "404", description = NO_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = WRONG_STEP + " (RESOLVED): not yet resolved, or already rated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonDtos.LiaisonRequest rate(@Parameter(description = "The request's id", example = "17") @PathParam("id") long id,
                                    @Valid @NotNull LiaisonDtos.Rating rating) {
        return view(liaison.rate(caller, id, rating.rating(), rating.comment()));
    }

    private LiaisonDtos.LiaisonRequest view(LiaisonRequest request) {
        return LiaisonDtos.LiaisonRequest.of(request, liaison.today()).seenBy(caller);
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
