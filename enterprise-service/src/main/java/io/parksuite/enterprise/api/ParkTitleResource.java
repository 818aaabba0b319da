package io.parksuite.enterprise.api;

import io.parksuite.enterprise.service.BulkUploads;
import io.parksuite.enterprise.service.ParkTitles;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.RoleSets;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.List;

/** The park's own titles (园区荣誉, e.g. 国家新型工业产业化示范基地): {@code /api/v1/registry/park-titles}. */
@Path("/api/v1/registry/park-titles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Park titles", description = "Honours held by the park itself (园区荣誉)")
public class ParkTitleResource {

    private final ParkTitles titles;
    private final BulkUploads uploads;

    public ParkTitleResource(ParkTitles titles, BulkUploads uploads) {
        this.titles = titles;
        this.uploads = uploads;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listParkTitles", summary = "The park's titles, by year",
            description = "Public, no token needed: the park advertises them.")
    public List<ParkTitleDto> all() {
        return titles.all().stream().map(ParkTitleDto::of).toList();
    }

    @POST
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordParkTitle", summary = "Record a title the park was awarded",
            description = "A title with its level, year and awarding body.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkTitleDto.class)))
    @APIResponse(responseCode = "409", description = "The park already holds this title",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull ParkTitleDto title) {
        return Response.status(Response.Status.CREATED).entity(ParkTitleDto.of(titles.add(title.toEntity()))).build();
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "recordParkTitlesInBulk", summary = "Record many titles at once",
            description = "JSON array or CSV with a header line (the same fields), at most 10,000 rows; every row "
                    + "checked, all or nothing (422 naming rows[n].field). Send an Idempotency-Key so a retried upload "
                    + "is stored once.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response addMany(@RequestBody(required = true, content = {
                                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                                            implementation = ParkTitleDto.class, maxItems = BulkUploads.MAX_ROWS)),
                                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                            description = Schemas.CSV, example = "name,level,year,awardedBy\n"
                                                    + "国家知识产权示范园区,NATIONAL,2016,国家知识产权局\n"))})
                            String body,
                            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return uploads.store(body, contentType, idempotencyKey, ParkTitleDto.class, ParkTitleDto::toEntity, titles::addAll);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(RoleSets.ADMIN)
    @Operation(operationId = "removeParkTitle", summary = "Remove a title recorded in error",
            description = "Deletes the entry; statistics no longer count it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No park title with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@Parameter(description = "The title's id", example = "3") @PathParam("id") long id) {
        titles.remove(id);
    }
}
