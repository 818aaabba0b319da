package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.PoolStatus;
import io.parksuite.enterprise.domain.Programme;
import io.parksuite.enterprise.service.CultivationPool;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.RoleSets;
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

/**
 * The park's cultivation pool (培育库), {@code /api/v1/registry/cultivation-pool}: the enterprises it cultivates to
 * become 瞪羚 (gazelle) or 独角兽 (unicorn) enterprises. indicator-service's assessments add the ones that meet or
 * near the criteria; park-admin adds others by hand, moves entries along their statuses and names the liaison
 * officer of each; every change is in the entry's history.
 */
@Path("/api/v1/registry/cultivation-pool")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cultivation pool", description = "培育库: enterprises cultivated for the 瞪羚 and 独角兽 programmes")
public class CultivationPoolResource {

    private static final String NO_ENTRY = "No pool entry with this id";

    private final CultivationPool pool;
    private final Caller caller;

    public CultivationPoolResource(CultivationPool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.CULTIVATION_READERS)
    @Operation(operationId = "listCultivationPool", summary = "The cultivation pool, filtered",
            description = "Oldest entry first, each with its latest assessment standing and shortfalls.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    public Page<CultivationDtos.Entry> list(@Parameter(description = "Only this programme",
                                                    schema = @Schema(implementation = Programme.class))
                                            @QueryParam("programme") String programme,
                                            @Parameter(description = "Only entries in this status",
                                                    schema = @Schema(implementation = PoolStatus.class))
                                            @QueryParam("status") String status,
                                            @Parameter(description = "Only this enterprise's entries",
                                                    example = Schemas.USCC_EXAMPLE)
                                            @QueryParam("uscc") String uscc,
                                            @Valid @BeanParam PageRequest page) {
        var criteria = new CultivationPool.Criteria(QueryParams.optionalEnum("programme", programme, Programme.class),
                QueryParams.optionalEnum("status", status, PoolStatus.class), uscc);
        return pool.list(criteria, page).map(CultivationDtos.Entry::of);
    }

    @POST
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "addToCultivationPool", summary = "Add an enterprise to the pool by hand",
            description = "As a CANDIDATE of origin MANUAL, since the given day (today when absent). One entry per "
                    + "enterprise and programme: an exited one is taken back by changing its status to CANDIDATE.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CultivationDtos.Entry.class)))
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The enterprise already has an entry for this programme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, since in the future, or an unknown officerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull CultivationDtos.Add request) {
        var added = pool.add(request.uscc(), request.programme(), request.since(), request.officerId(), request.reason(),
                caller.subject());
        return Response.status(Response.Status.CREATED).entity(CultivationDtos.Entry.of(added)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(EnterpriseRoleSets.CULTIVATION_READERS)
    @Operation(operationId = "getCultivationEntry", summary = "One pool entry",
            description = "With its liaison officer, status, origin and latest assessment standing and shortfalls.")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = NO_ENTRY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CultivationDtos.Entry get(@Parameter(description = "The entry's id", example = "3") @PathParam("id") long id) {
        return CultivationDtos.Entry.of(pool.get(id));
    }

    @POST
    @Path("/{id}/status-changes")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "changeCultivationStatus", summary = "Move a pool entry to another status",
            description = "CANDIDATE → CULTIVATING (培育中) → RECOGNISED (认定); any of them → EXITED (退库), which needs a "
                    + "reason; an exited entry may be taken back as a CANDIDATE. Assessments never change the status.")
    @APIResponse(responseCode = "200", description = "The entry in its new status")
    @APIResponse(responseCode = "404", description = NO_ENTRY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status (the detail "
            + "names the allowed ones), or the entry was changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, or no reason to exit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CultivationDtos.Entry changeStatus(@Parameter(description = "The entry's id", example = "3") @PathParam("id") long id,
                                              @Valid @NotNull CultivationDtos.StatusChange change) {
        return CultivationDtos.Entry.of(pool.changeStatus(id, change.status(), change.reason(), caller.subject()));
    }

    @PUT
    @Path("/{id}/liaison-officer")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "assignCultivationOfficer", summary = "Name the liaison officer of a pool entry",
            description = "The officer who looks after the enterprise's cultivation; null officerId removes the officer.")
    @APIResponse(responseCode = "200", description = "The entry with its officer")
    @APIResponse(responseCode = "404", description = NO_ENTRY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, or no liaison officer with this officerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CultivationDtos.Entry assignOfficer(@Parameter(description = "The entry's id", example = "3") @PathParam("id") long id,
                                               @Valid @NotNull CultivationDtos.AssignOfficer request) {
        return CultivationDtos.Entry.of(pool.assignOfficer(id, request.officerId(), request.reason(), caller.subject()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(EnterpriseRoleSets.CULTIVATION_READERS)
    @Operation(operationId = "listCultivationHistory", summary = "Every change of a pool entry, oldest first",
            description = "Additions, status moves, officers and every assessment standing indicator-service published "
                    + "(actor indicator-service), each with who, when and why.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = NO_ENTRY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CultivationDtos.Change> history(@Parameter(description = "The entry's id", example = "3")
                                                @PathParam("id") long id) {
        return pool.history(id).stream().map(CultivationDtos.Change::of).toList();
    }
}
