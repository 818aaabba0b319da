package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorTarget;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private final IndicatorQueries queries;
    private final PublishedFigures published;
    private final AuditHistory history;
    private final BulkRows bulkRows;
    private final Caller caller;

    public TargetResource(IndicatorQueries queries, PublishedFigures published, AuditHistory history,
                          BulkRows bulkRows, Caller caller) {
        this.queries = queries;
        this.published = published;
        this.history = history;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(summary = "Set annual targets per indicator, for the park or a chain, designation or street",
            description = "A JSON array; a target set again replaces the earlier one, which stays in its history.")
    @APIResponse(responseCode = "200", description = "How many targets were set",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(String body) {
        List<TargetRequest> rows = bulkRows.readJson(body, TargetRequest.class, MAX_ROWS);
        List<RowError> errors = new ArrayList<>(bulkRows.validate(rows));
        Set<String> indicators = Set.copyOf(queries.catalogue().stream().map(IndicatorQueries.Definition::code).toList());
        List<PublishedFigures.Target> targets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TargetRequest row = rows.get(i);
            if (row.indicatorCode() != null && !indicators.contains(row.indicatorCode())) {
                errors.add(new RowError(i + 1, "indicatorCode", "unknown indicator"));
            }
            Cell.Dimension dimension = null;
            try {
                dimension = row.dimension() == null ? null : Cell.Dimension.valueOf(row.dimension().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, "dimension", "must be PARK, CHAIN, DESIGNATION or STREET"));
            }
            if (dimension != null && row.year() != null && row.member() != null && row.targetValue() != null) {
                targets.add(new PublishedFigures.Target(row.indicatorCode(), row.year(), dimension,
                        dimension == Cell.Dimension.PARK ? Cell.PARK : row.member(), row.targetValue()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        published.recordTargets(targets, caller.subject());
        return Response.ok(new BulkReport(rows.size(), targets.size(), List.of())).build();
    }

    @GET
    @Path("/{indicatorCode}/{year}/{dimension}/{member}/history")
    @Transactional
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
        Cell.Dimension cells = IndicatorResource.dimension(dimension);
        IndicatorTarget target = IndicatorTarget.byKey(indicatorCode, Integer.parseInt(year), cells, member);
        if (target == null) {
            throw ProblemException.notFound("No " + year + " target of " + indicatorCode + " for " + cells + " " + member);
        }
        return history.of(IndicatorTarget.class, target.id);
    }
}
