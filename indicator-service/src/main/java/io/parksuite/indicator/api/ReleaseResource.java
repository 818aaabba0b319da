package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Release;
import io.parksuite.indicator.service.Releases;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 统计发布: when each period's figures are officially released, {@code /api/v1/indicators/releases}.
 * Before its release a period's figures are for the statistics office only (统计法); the
 * statistician or park-admin records the release time, ahead of it if they like. A release opens
 * the figures to the park's roles only: open data waits for the period's publication
 * ({@link PublicationResource}), which records the release itself when none is recorded.
 */
@Path("/api/v1/indicators/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Official release times of each period's figures (统计发布): before it, a "
        + "period's aggregates are for the statistics office only")
public class ReleaseResource {

    private static final int MAX_ROWS = 1_000;

    private final Releases releases;
    private final BulkRows bulkRows;
    private final Caller caller;
    private final Clock clock;

    public ReleaseResource(Releases releases, BulkRows bulkRows, Caller caller, Clock clock) {
        this.releases = releases;
        this.bulkRows = bulkRows;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listReleases", summary = "Every recorded release, oldest period first",
            description = "A period's figures are readable by every role once its release time has passed; "
                    + "`released` says whether it has.")
    @APIResponse(responseCode = "200", description = "The releases")
    public List<ReleaseResponse> list() {
        Instant now = clock.instant();
        return releases.list().stream().map(r -> ReleaseResponse.of(r, now)).toList();
    }

    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "recordRelease", summary = "Record when a period's figures are officially released",
            description = "Idempotent: the same release time again changes nothing. A release still ahead may be "
                    + "moved; one that has passed cannot be moved or withdrawn (409). The body's period, if given, "
                    + "must be the path's.")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleaseResponse.class)))
    @APIResponse(responseCode = "409", description = "The period was released already, at another time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period or the release time is invalid (e.g. before the "
            + "period is over), or the body names another period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReleaseResponse release(@Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                                          schema = @Schema(type = SchemaType.STRING,
                                                  pattern = RequestParameters.PERIOD_PATTERN))
                                  @PathParam("period") String period,
                                  @Valid @NotNull ReleaseRequest request) {
        Period parsed = RequestParameters.period(period, "period");
        if (request.period() != null && !request.period().equals(parsed.toString())) {
            throw ProblemException.invalidField("period", "the body names " + request.period() + ", the path " + parsed);
        }
        String error = Release.timeError(parsed, request.releasedAt());
        if (error != null) {
            throw ProblemException.invalidField("releasedAt", error);
        }
        return ReleaseResponse.of(releases.record(List.of(new Releases.Request(parsed, request.releasedAt())),
                caller.subject()).get(0), clock.instant());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "recordReleasesInBulk", summary = "Record the releases of several periods at once",
            description = "A JSON array of {period, releasedAt}, up to 1,000; every row is checked first, and one "
                    + "invalid row rejects the request with a 422 naming rows[n].field. The same rules as "
                    + "recordRelease apply to each period.")
    @APIResponse(responseCode = "200", description = "How many releases were recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "409", description = "A period was released already, at another time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field), or more than "
            + "1,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response releaseMany(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = ReleaseRequest.class,
                                                maxItems = MAX_ROWS)))
                                String body) {
        List<ReleaseRequest> rows = bulkRows.readJson(body, ReleaseRequest.class, MAX_ROWS);
        List<RowError> errors = new ArrayList<>(bulkRows.validate(rows));
        List<Releases.Request> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReleaseRequest row = rows.get(i);
            Period.Result period = Period.parse(row.period());
            if (period.period() == null) {
                errors.add(new RowError(i + 1, "period", period.error()));
                continue;
            }
            String error = row.releasedAt() == null ? null : Release.timeError(period.period(), row.releasedAt());
            if (error != null) {
                errors.add(new RowError(i + 1, "releasedAt", error));
            } else if (row.releasedAt() != null) {
                requests.add(new Releases.Request(period.period(), row.releasedAt()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        releases.record(requests, caller.subject());
        return Response.ok(new BulkReport(rows.size(), requests.size(), List.of())).build();
    }
}
