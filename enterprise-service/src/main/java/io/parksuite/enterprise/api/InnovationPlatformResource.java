package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.RecognitionLevel;
import io.parksuite.enterprise.service.BulkUploads;
import io.parksuite.enterprise.service.InnovationPlatforms;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.http.IdempotencyKeys;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The innovation platforms (创新平台) enterprises host: {@code /api/v1/registry/platforms}. */
@Path("/api/v1/registry/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Innovation platforms", description = "Labs, technology centres, incubators and workstations (创新平台)")
@APIResponse(responseCode = "422", description = "Invalid fields or unknown reference codes",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InnovationPlatformResource {

    private final InnovationPlatforms platforms;
    private final BulkUploads uploads;
    private final Caller caller;

    public InnovationPlatformResource(InnovationPlatforms platforms, BulkUploads uploads, Caller caller) {
        this.platforms = platforms;
        this.uploads = uploads;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(summary = "List innovation platforms", description = "An enterprise user sees its own only.")
    public Page<PlatformDto> list(@QueryParam("uscc") String uscc, @QueryParam("type") String type,
                                  @QueryParam("level") String level, @QueryParam("year") String year,
                                  @BeanParam PageRequest page) {
        var criteria = new InnovationPlatforms.Criteria(caller.enterpriseFilter(uscc), type,
                QueryParams.optionalEnum("level", level, RecognitionLevel.class), QueryParams.optionalInt("year", year));
        return platforms.list(criteria, page).map(PlatformDto::of);
    }

    @POST
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record an innovation platform")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PlatformDto.class)))
    @APIResponse(responseCode = "409", description = "The enterprise already has this platform at this level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull PlatformDto platform) {
        return Response.status(Response.Status.CREATED).entity(PlatformDto.of(platforms.add(platform.toEntity()))).build();
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Record up to 10,000 platforms at once",
            description = "JSON array or CSV (same columns); every row checked, all or nothing, with an Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public Response addMany(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, PlatformDto.class, PlatformDto::toEntity, platforms::addAll);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(summary = "Remove a platform recorded in error")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") long id) {
        platforms.remove(id);
    }
}
