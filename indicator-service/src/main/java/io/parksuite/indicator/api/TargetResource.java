package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.service.PublishedFigures;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 年度目标: annual targets per indicator, for the park or a chain, designation or street,
 * {@code /api/v1/indicators/targets}; who set each value, and when, is kept.
 */
@Path("/api/v1/indicators/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Dashboard, breakdowns, series, rankings, catalogue (经济指标)")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only statistician and park-admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetResource {

    private static final int MAX_ROWS = 5_000;

    private final PublishedFigures published;
    private final BulkRows bulkRows;
    private final Caller caller;

    public TargetResource(PublishedFigures published, BulkRows bulkRows, Caller caller) {
        this.published = published;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(summary = "Set annual targets per indicator, for the park or a chain, designation or street",
            description = "A JSON array; a target set again replaces the earlier one, which stays in its history.")
    @APIResponse(responseCode = "200", description = "How many targets were set",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(String body) {
        List<TargetRequest> rows = bulkRows.readJson(body, TargetRequest.class, MAX_ROWS);
        List<PublishedFigures.TargetRow> targets = rows.stream()
                .map(row -> new PublishedFigures.TargetRow(row.indicatorCode(), row.year(), row.dimension(),
                        row.member(), row.targetValue()))
                .toList();
        int set = published.recordTargets(targets, bulkRows.validate(rows), caller.subject());
        return Response.ok(new BulkReport(rows.size(), set, List.of())).build();
    }

    @GET
    @Path("/{indicatorCode}/{year}/{dimension}/{member}/history")
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(summary = "Every value a target has had, with who set it and when",
            description = "For the park's own target, dimension and member are both PARK.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such target set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The year or dimension is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditHistory.Revision> history(@PathParam("indicatorCode") String indicatorCode,
                                               @PathParam("year") String year,
                                               @PathParam("dimension") String dimension,
                                               @PathParam("member") String member) {
        if (!year.matches("\\d{4}")) {
            throw ProblemException.invalidField("year", "must be a year, e.g. 2019");
        }
        return published.targetHistory(indicatorCode, Integer.parseInt(year), RequestParameters.dimension(dimension),
                member);
    }
}
