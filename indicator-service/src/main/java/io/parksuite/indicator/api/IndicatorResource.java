package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.Breakdown;
import io.parksuite.indicator.service.Dashboard;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.PublishedFigures;
import io.parksuite.indicator.service.Ranking;
import io.parksuite.indicator.service.RollupRebuild;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 经济指标: the park's indicators from the rollup, {@code /api/v1/indicators}. Every authenticated
 * role reads aggregates; for roles other than statistician and park-admin, cells that would
 * disclose an enterprise's figures are suppressed.
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators", description = "Dashboard, breakdowns, series, rankings, catalogue (经济指标)")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "A parameter is invalid (the field is named)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    static final int MAX_SERIES_PERIODS = 240;
    private static final int MAX_PUBLISHED_ROWS = 5_000;

    private final IndicatorQueries queries;
    private final RollupRebuild rebuild;
    private final PublishedFigures published;
    private final BulkRows bulkRows;
    private final Caller caller;

    public IndicatorResource(IndicatorQueries queries, RollupRebuild rebuild, PublishedFigures published,
                             BulkRows bulkRows, Caller caller) {
        this.queries = queries;
        this.rebuild = rebuild;
        this.published = published;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "Every headline indicator for a period",
            description = "Value (当月; 1–2月 for February), 1–X月累计, growth on the same-scope base (同口径) and against "
                    + "last year's published set, change in percentage points, share, target progress and rank among "
                    + "the city's national-level parks.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = Dashboard.class)))
    public Dashboard dashboard(@Parameter(description = "YYYY-MM, e.g. 2019-08") @QueryParam("period") String period,
                               @Parameter(description = "rollup (default), or facts: summed again from the current "
                                       + "reports, bypassing the rollup (statistician and park-admin; slow)")
                               @QueryParam("source") @DefaultValue("rollup") String source) {
        Period parsed = period(period, "period");
        return switch (source) {
            case "rollup" -> queries.dashboard(parsed, disclose());
            case "facts" -> {
                if (!disclose()) {
                    throw new ProblemException(403, "forbidden", "Forbidden",
                            "Only statistician and park-admin sum the dashboard from the facts", List.of());
                }
                yield queries.dashboardFromFacts(parsed, true);
            }
            default -> throw ProblemException.invalidField("source", "must be rollup or facts");
        };
    }

    @GET
    @Path("/dashboard/export")
    @Produces({"text/csv", FigureExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The dashboard as a spreadsheet (CSV or XLSX), with Chinese column titles and units")
    @APIResponse(responseCode = "200", description = "The file")
    public Response exportDashboard(@QueryParam("period") String period,
                                    @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Dashboard dashboard = queries.dashboard(period(period, "period"), disclose());
        return FigureExport.of(dashboard.indicators(), format, "dashboard-" + dashboard.period());
    }

    @GET
    @Path("/breakdown/export")
    @Produces({"text/csv", FigureExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "A breakdown as a spreadsheet (CSV or XLSX): the park total, then every cell")
    @APIResponse(responseCode = "200", description = "The file")
    public Response exportBreakdown(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                    @QueryParam("dimension") String dimension, @QueryParam("period") String period,
                                    @QueryParam("format") String format) {
        Breakdown breakdown = breakdown(indicator, dimension, period);
        List<IndicatorFigure> rows = new ArrayList<>();
        rows.add(breakdown.total());
        rows.addAll(breakdown.cells());
        return FigureExport.of(rows, format, "breakdown-" + breakdown.indicator() + "-" + breakdown.dimension() + "-"
                + breakdown.period());
    }

    @GET
    @Path("/breakdown")
    @Operation(summary = "An indicator split by industry chain, designation or street")
    @APIResponse(responseCode = "200", description = "The cells and the park total",
            content = @Content(schema = @Schema(implementation = Breakdown.class)))
    public Breakdown breakdown(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                               @Parameter(description = "CHAIN, DESIGNATION or STREET") @QueryParam("dimension") String dimension,
                               @QueryParam("period") String period) {
        Cell.Dimension split = dimension(dimension);
        if (split == Cell.Dimension.PARK) {
            throw ProblemException.invalidField("dimension", "must be CHAIN, DESIGNATION or STREET");
        }
        return queries.breakdown(indicator, split, period(period, "period"), disclose());
    }

    @GET
    @Path("/series")
    @Operation(summary = "An indicator over a range of periods, for the park or one chain, designation or street")
    @APIResponse(responseCode = "200", description = "One figure per period, oldest first")
    public List<IndicatorFigure> series(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                        @QueryParam("dimension") @DefaultValue("PARK") String dimension,
                                        @QueryParam("member") String member,
                                        @QueryParam("from") String from, @QueryParam("to") String to) {
        Cell.Dimension cells = dimension(dimension);
        if (cells != Cell.Dimension.PARK && (member == null || member.isBlank())) {
            throw ProblemException.invalidField("member", "is required for dimension " + cells);
        }
        Period first = period(from, "from");
        Period last = period(to, "to");
        if (first.compareTo(last) > 0) {
            throw ProblemException.invalidField("from", "is after to");
        }
        if ((last.year() - first.year()) * 11 + last.month() - first.month() >= MAX_SERIES_PERIODS) {
            throw ProblemException.invalidField("to", "at most " + MAX_SERIES_PERIODS + " periods per request");
        }
        return queries.series(indicator, cells, member, first, last, disclose());
    }

    @GET
    @Path("/rankings")
    @Operation(summary = "The city's national-level parks ranked by an indicator's year-to-date growth")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = Ranking.class)))
    public Ranking ranking(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                           @QueryParam("period") String period) {
        return queries.ranking(indicator, period(period, "period"));
    }

    @GET
    @Path("/projects/stages")
    @Operation(summary = "Investment projects by stage (线索 LEAD, 在谈 NEGOTIATING, 签约 SIGNED, … 达产 FULL_PRODUCTION)",
            description = "From the project copy kept from project.events.")
    @APIResponse(responseCode = "200", description = "Stage → number of projects")
    public java.util.Map<String, Integer> projectsByStage() {
        return queries.projectsByStage();
    }

    @GET
    @Path("/catalogue")
    @Operation(summary = "The indicator catalogue (指标目录)",
            description = "Code, Chinese and English name, unit, scope (规上 ABOVE_SCALE / 全口径 ALL), price basis "
                    + "(现价 CURRENT / 可比价 COMPARABLE), period type (当月 MONTH / 1–X月累计 YEAR_TO_DATE), source, definition.")
    public List<IndicatorQueries.Definition> catalogue() {
        return queries.catalogue();
    }

    @GET
    @Path("/parks")
    @Operation(summary = "This park and its peers, the city's national-level parks")
    public List<IndicatorQueries.Park> parks() {
        return queries.parks();
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed({Roles.PARK_ADMIN, Roles.STATISTICIAN})
    @Operation(summary = "Recompute every rollup from the facts",
            description = "Replaces the rollup with one computed from the current report revisions and the dimension "
                    + "copy; it equals the incrementally maintained one. Writers wait while it runs.")
    @APIResponse(responseCode = "200", description = "What was recomputed")
    @APIResponse(responseCode = "403", description = "Only park-admin and statistician",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RollupRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    @POST
    @Path("/official-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.STATISTICIAN, Roles.GOV_SYSTEM, Roles.PARK_ADMIN})
    @Operation(summary = "Record published park-level figures, for this park and its peers",
            description = "A JSON array. 规模工业增加值 and its comparable-price growth come only from here. A figure "
                    + "published again for the same park, indicator and period replaces the earlier one.")
    @APIResponse(responseCode = "200", description = "How many figures were recorded")
    public Response recordOfficial(String body) {
        List<OfficialFigureRequest> rows = bulkRows.readJson(body, OfficialFigureRequest.class, MAX_PUBLISHED_ROWS);
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
        published.recordOfficial(figures);
        return Response.ok(new io.parksuite.platform.bulk.BulkReport(rows.size(), figures.size(), List.of())).build();
    }

    @PUT
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.PARK_ADMIN, Roles.STATISTICIAN})
    @Operation(summary = "Set annual targets per indicator, for the park or a chain, designation or street",
            description = "A JSON array; a target set again replaces the earlier one.")
    @APIResponse(responseCode = "200", description = "How many targets were set")
    public Response setTargets(String body) {
        List<TargetRequest> rows = bulkRows.readJson(body, TargetRequest.class, MAX_PUBLISHED_ROWS);
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
        published.recordTargets(targets);
        return Response.ok(new io.parksuite.platform.bulk.BulkReport(rows.size(), targets.size(), List.of())).build();
    }

    private boolean disclose() {
        return caller.hasRole(Roles.STATISTICIAN) || caller.hasRole(Roles.PARK_ADMIN);
    }

    static Period period(String text, String field) {
        Period.Result parsed = Period.parse(text);
        if (parsed.period() == null) {
            throw ProblemException.invalidField(field, parsed.error());
        }
        return parsed.period();
    }

    static Cell.Dimension dimension(String text) {
        try {
            return Cell.Dimension.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("dimension", "must be PARK, CHAIN, DESIGNATION or STREET");
        }
    }
}
