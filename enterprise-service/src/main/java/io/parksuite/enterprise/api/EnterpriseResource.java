package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.service.EnterpriseChanges;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.enterprise.service.EnterpriseService;
import io.parksuite.enterprise.service.ReferenceData;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.ChangeRequest;
import io.parksuite.platform.paging.Changes;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.RoleSets;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry's enterprise records: {@code /api/v1/enterprises}. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Enterprise records keyed by USCC (企业库)")
public class EnterpriseResource {

    static final String USCC_PARAMETER = "The enterprise's unified social credit code (统一社会信用代码)";
    private final EnterpriseService enterprises;
    private final EnterpriseSearch search;
    private final ReferenceData referenceData;
    private final IdempotencyKeys idempotencyKeys;
    private final EnterpriseChanges changes;
    private final EnterpriseReads reads;
    private final Caller caller;

    public EnterpriseResource(EnterpriseService enterprises, EnterpriseSearch search, ReferenceData referenceData,
                              IdempotencyKeys idempotencyKeys, EnterpriseChanges changes, EnterpriseReads reads,
                              Caller caller) {
        this.enterprises = enterprises;
        this.search = search;
        this.referenceData = referenceData;
        this.idempotencyKeys = idempotencyKeys;
        this.changes = changes;
        this.reads = reads;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(EnterpriseRoleSets.REGISTRARS)
    @Operation(operationId = "registerEnterprise", summary = "Register an enterprise",
            description = "Creates the record and publishes parksuite.enterprise.registered.v1 on enterprise.events. "
                    + "The USCC is checked for length, alphabet and check character (checkCharacterOverride accepts a "
                    + "mismatch and keeps usccWarning); the street and industry codes are checked against the reference "
                    + "data. With an Idempotency-Key, a retry returns the first response instead of a 409.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {
                    @Header(name = "Location", description = "The URL of the new record",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "The record's version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "409", description = "An enterprise with this USCC is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull EnterpriseRequest request,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                             @Context UriInfo uri) {
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            Enterprise enterprise = enterprises.register(request.uscc(), request.checkCharacterOverride(), request.profile());
            return Response.created(uri.getAbsolutePathBuilder().path(enterprise.uscc).build())
                    .tag(Versions.etag(enterprise.version))
                    .entity(EnterpriseResponse.of(enterprise, referenceData))
                    .build();
        });
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.REGISTRY_READERS)
    @Operation(operationId = "searchEnterprises", summary = "Search enterprises",
            description = "By a fragment of the Chinese name (ranked: exact, prefix, similarity) and filters, one page "
                    + "at a time. chain selects members today; platformType selects hosts of such a platform.")
    public Page<EnterpriseResponse> list(@Valid @BeanParam PageRequest page, @BeanParam EnterpriseFilters filters,
                                         @Parameter(description = "The order; relevance (to q) when absent",
                                                 schema = @Schema(implementation = EnterpriseSort.class))
                                         @QueryParam("sort") String sort) {
        EnterpriseSearch.Sort order = null;
        if (sort != null) {
            order = EnterpriseSearch.Sort.fromParameter(sort);
            if (order == null) {
                throw ProblemException.invalidField("sort", "must be one of " + EnterpriseSearch.Sort.parameters());
            }
        }
        return search.search(filters.criteria(order), page)
                .map(e -> EnterpriseResponse.of(e, referenceData));
    }

    @GET
    @Path("/changes")
    @RolesAllowed(EnterpriseRoleSets.REGISTRY_READERS)
    @Operation(operationId = "listEnterpriseChanges", summary = "Read the enterprises changed since a point",
            description = "For systems that keep a copy: start with updatedSince (or nothing, for everything), then pass "
                    + "nextCursor back. Registrations, updates, status changes, chains and designations all appear; "
                    + "a record changed several times appears once, in its latest state. Stable under concurrent writes.")
    public Changes<EnterpriseResponse> changes(@BeanParam ChangeRequest request) {
        return changes.after(request.cursor, request.updatedSince(), request.size())
                .map(e -> EnterpriseResponse.of(e, referenceData));
    }

    @GET
    @Path("/{uscc}")
    @RolesAllowed(EnterpriseRoleSets.RECORD_READERS)
    @Operation(operationId = "getEnterprise", summary = "Read an enterprise record",
            description = "The record with the registering area (GB/T 2260) and organisation type (GB 32100) its USCC "
                    + "encodes. An enterprise user reads only its own record (the token's uscc claim).")
    @APIResponse(responseCode = "200", description = "The record",
            headers = @Header(name = "ETag", description = "The record's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = USCC_PARAMETER, example = "91350100M000100Y43")
                             @PathParam("uscc") String uscc) {
        return reads.read(caller, uscc).map(RenderedJson::ok);
    }

    @PUT
    @Path("/{uscc}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "replaceEnterprise", summary = "Replace an enterprise's master data",
            description = "The whole record as read and changed (fields left out are cleared); the uscc in the body must "
                    + "equal the path's. Needs If-Match with the ETag read; publishes parksuite.enterprise.updated.v1 "
                    + "with changedFields when something changed.")
    @APIResponse(responseCode = "200", description = "The updated record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = USCC_PARAMETER, example = "91350100M000100Y43")
                           @PathParam("uscc") String uscc,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull EnterpriseRequest request) {
        if (!uscc.equals(request.uscc())) {
            throw ProblemException.invalidField("uscc", "must equal the USCC in the path; a USCC cannot be changed");
        }
        Enterprise enterprise = enterprises.update(uscc, ifMatch, request.profile());
        return Response.ok(EnterpriseResponse.of(enterprise, referenceData)).tag(Versions.etag(enterprise.version)).build();
    }

    @PUT
    @Path("/{uscc}/contact")
    @RolesAllowed(EnterpriseRoleSets.CONTACT_EDITORS)
    @Operation(operationId = "replaceEnterpriseContact", summary = "Replace an enterprise's contact data",
            description = "The one part an enterprise user may edit, for its own record. Needs If-Match with the ETag "
                    + "read; publishes parksuite.enterprise.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The updated record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeContact(@Parameter(description = USCC_PARAMETER, example = "91350100M000100Y43")
                                  @PathParam("uscc") String uscc,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull ContactDto contact) {
        Enterprise enterprise = enterprises.changeContact(caller, uscc, ifMatch, contact.toDomain());
        return Response.ok(EnterpriseResponse.of(enterprise, referenceData)).tag(Versions.etag(enterprise.version)).build();
    }

    @POST
    @Path("/{uscc}/status-changes")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "changeEnterpriseStatus", summary = "Change an enterprise's lifecycle status",
            description = "ACTIVE → RELOCATED_OUT (迁出) or DEREGISTERED (注销); a relocated enterprise may return "
                    + "(→ ACTIVE) or be deregistered; deregistration is final. Needs If-Match; publishes "
                    + "parksuite.enterprise.status-changed.v1.")
    @APIResponse(responseCode = "200", description = "The record in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseResponse.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status (the detail "
            + "names the allowed ones), or the record was changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeStatus(@Parameter(description = USCC_PARAMETER, example = "91350100M000100Y43")
                                 @PathParam("uscc") String uscc,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull StatusChangeRequest change) {
        Enterprise enterprise = enterprises.changeStatus(uscc, ifMatch, change.status(), change.effectiveOn(), change.reason());
        return Response.ok(EnterpriseResponse.of(enterprise, referenceData)).tag(Versions.etag(enterprise.version)).build();
    }
}
