package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.OfficialFigure;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.PublishedFigures;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 官方发布数: park-level figures as the statistics bureau published them, for this park and its
 * peers, {@code /api/v1/indicators/official-figures}; who recorded each value, and when, is kept.
 */
@Path("/api/v1/indicators/official-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Dashboard, breakdowns, series, rankings, catalogue (经济指标)")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "This role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OfficialFigureResource {

    private static final int MAX_ROWS = 5_000;

    private final IndicatorQueries queries;
    private final PublishedFigures published;
    private final AuditHistory history;
    private final BulkRows bulkRows;
    private final Caller caller;

    public OfficialFigureResource(IndicatorQueries queries, PublishedFigures published, AuditHistory history,
                                  BulkRows bulkRows, Caller caller) {
        this.queries = queries;
        this.published = published;
        this.history = history;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(IndicatorRoleSets.OFFICIAL_FIGURE_PUBLISHERS)
    @Operation(summary = "Record published park-level figures, for this park and its peers",
            description = "A JSON array. 规模工业增加值 and its comparable-price growth come only from here. A figure "
                    + "published again for the same park, indicator and period replaces the earlier one, which stays "
                    + "in its history.")
    @APIResponse(responseCode = "200", description = "How many figures were recorded",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(String body) {
        List<OfficialFigureRequest> rows = bulkRows.readJson(body, OfficialFigureRequest.class, MAX_ROWS);
        List<RowError> errors = new ArrayList<>(bulkRows.validate(rows));
        Set<String> parks = Set.copyOf(queries.parks().stream().map(IndicatorQueries.Park::code).toList());
        Set<String> indicators = Set.copyOf(queries.catalogue().stream().map(IndicatorQueries.Definition::code).toList());
        List<PublishedFigures.Official> figures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfficialFigureRequest row = rows.get(i);
            int number = i + 1;
            if (row.parkCode() != null && !parks.contains(row.parkCode())) {
                errors.add(new RowError(number, "parkCode", "unknown park; see /api/v1/indicators/parks"));
            }
            if (row.indicatorCode() != null && !indicators.contains(row.indicatorCode())) {
                errors.add(new RowError(number, "indicatorCode", "unknown indicator; see /api/v1/indicators/catalogue"));
            }
            Period.Result period = Period.parse(row.period());
            if (row.period() != null && period.period() == null) {
                errors.add(new RowError(number, "period", period.error()));
            } else if (period.period() != null && period.period().isAfterLastClosedPeriod(StatisticalReportResource.today())) {
                errors.add(new RowError(number, "period", "is not over yet"));
            }
            if (period.period() != null && row.parkCode() != null) {
                figures.add(new PublishedFigures.Official(row.parkCode(), row.indicatorCode(), period.period(),
                        row.ytdValue(), row.ytdGrowthPct(), row.source(), row.publishedOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        published.recordOfficial(figures, caller.subject());
        return Response.ok(new BulkReport(rows.size(), figures.size(), List.of())).build();
    }

    @GET
    @Path("/{parkCode}/{indicatorCode}/{period}/history")
    @Transactional
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(summary = "Every value an official figure has had, with who recorded it and when")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No such figure recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The period is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditHistory.Revision> history(@PathParam("parkCode") String parkCode,
                                               @PathParam("indicatorCode") String indicatorCode,
                                               @PathParam("period") String period) {
        Period parsed = IndicatorResource.period(period, "period");
        OfficialFigure figure = OfficialFigure.byKey(parkCode, indicatorCode, parsed);
        if (figure == null) {
            throw ProblemException.notFound("No official figure of " + indicatorCode + " for " + parkCode + " in " + parsed);
        }
        return history.of(OfficialFigure.class, figure.id);
    }
}
