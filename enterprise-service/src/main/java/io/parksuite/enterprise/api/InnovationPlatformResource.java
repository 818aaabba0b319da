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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The innovation platforms (创新平台) enterprises host: {@code /api/v1/registry/platforms}. */
@Path("/api/v1/registry/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Innovation platforms", description = "Labs, technology centres, incubators and workstations (创新平台)")
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
    @Operation(operationId = "listInnovationPlatforms", summary = "List innovation platforms",
            description = "Filtered by host enterprise, type, level and year recognised, one page at a time. "
                    + "An enterprise user sees its own only.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    @APIResponse(responseCode = "404", description = "An enterprise user asked for another enterprise's platforms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InnovationPlatform> list(@Parameter(description = "Host enterprise: " + Schemas.USCC,
                                          example = Schemas.USCC_EXAMPLE)
                                  @QueryParam("uscc") String uscc,
                                  @Parameter(description = "Platform type code, GET /api/v1/registry/platform-types",
                                          example = "ENTERPRISE_TECH_CENTRE")
                                  @QueryParam("type") String type,
                                  @Parameter(description = "Level of recognition (国家级, 省级, 市级)",
                                          schema = @Schema(implementation = RecognitionLevel.class))
                                  @QueryParam("level") String level,
                                  @Parameter(description = "Year recognised", example = "2017",
                                          schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                  @QueryParam("year") String year,
                                  @BeanParam PageRequest page) {
        var criteria = new InnovationPlatforms.Criteria(caller.enterpriseFilter(uscc), type,
                QueryParams.optionalEnum("level", level, RecognitionLevel.class), QueryParams.optionalInt("year", year));
        return platforms.list(criteria, page).map(InnovationPlatform::of);
    }

    @POST
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordInnovationPlatform", summary = "Record an innovation platform",
            description = "Hosted by a registered enterprise; the type comes from GET /api/v1/registry/platform-types.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InnovationPlatform.class)))
    @APIResponse(responseCode = "409", description = "The enterprise already has this platform (type and name) at this level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, an unknown type, or no enterprise with this USCC",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull InnovationPlatform platform) {
        return Response.status(Response.Status.CREATED).entity(InnovationPlatform.of(platforms.add(platform.toEntity()))).build();
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordInnovationPlatformsInBulk", summary = "Record up to 10,000 platforms at once",
            description = "JSON array or CSV with a header line (the same fields); every row checked, all or nothing "
                    + "(422 naming rows[n].field). Send an Idempotency-Key so a retried upload is stored once.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response addMany(@RequestBody(required = true, content = {
                                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                                            implementation = InnovationPlatform.class, maxItems = BulkUploads.MAX_ROWS)),
                                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                            description = Schemas.CSV, example = "uscc,type,level,name,yearRecognised,"
                                                    + "recognisedBy\n91430112MA4L0A0B1X,ENTERPRISE_TECH_CENTRE,NATIONAL,"
                                                    + "国家认定企业技术中心,2017,国家发展改革委\n"))})
                            String body,
                            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, InnovationPlatform.class, InnovationPlatform::toEntity, platforms::addAll);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "removeInnovationPlatform", summary = "Remove a platform recorded in error",
            description = "Deletes the entry; statistics no longer count it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No innovation platform with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@Parameter(description = "The platform's id", example = "42") @PathParam("id") long id) {
        platforms.remove(id);
    }
}
