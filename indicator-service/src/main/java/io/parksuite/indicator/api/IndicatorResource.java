package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.service.Breakdown;
import io.parksuite.indicator.service.Dashboard;
import io.parksuite.indicator.service.Dashboards;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.Releases;
import io.parksuite.indicator.service.RollupRebuild;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * 经济指标: the park's indicators from the rollup, {@code /api/v1/indicators}. Every authenticated
 * role reads aggregates; for roles other than statistician and park-admin, only periods already
 * officially released (404 otherwise), and without the cells and growth rates that would disclose
 * an enterprise's figures.
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators", description = "Dashboard, breakdowns, series, rankings, catalogue (经济指标)")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "The period's figures are not officially released yet (every role "
        + "but statistician and park-admin)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "A parameter is invalid (the field is named)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    static final int MAX_SERIES_PERIODS = 240;

    private final Dashboards dashboards;
    private final IndicatorQueries queries;
    private final RollupRebuild rebuild;
    private final Releases releases;
    private final Caller caller;

    public IndicatorResource(Dashboards dashboards, IndicatorQueries queries, RollupRebuild rebuild, Releases releases,
                             Caller caller) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.rebuild = rebuild;
        this.releases = releases;
        this.caller = caller;
    }

    @GET
    @Path("/dashboard")
    @Operation(summary = "Every headline indicator for a period",
            description = "Value (当月; 1–2月 for February), 1–X月累计, growth on the same-scope base (同口径) and against "
                    + "last year's published set, change in percentage points, share, target progress and rank among "
                    + "the city's national-level parks.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardResponse.class)))
    public DashboardResponse dashboard(@Parameter(description = "YYYY-MM, e.g. 2019-08") @QueryParam("period") String period,
                               @Parameter(description = "rollup (default), or facts: summed again from the current "
                                       + "reports, bypassing the rollup (statistician and park-admin; slow)")
                               @QueryParam("source") @DefaultValue("rollup") String source) {
        Period parsed = RequestParameters.period(period, "period");
        if (!"rollup".equals(source) && !"facts".equals(source)) {
            throw ProblemException.invalidField("source", "must be rollup or facts");
        }
        if ("facts".equals(source) && !disclose()) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Only statistician and park-admin sum the dashboard from the facts", List.of());
        }
        return DashboardResponse.of("facts".equals(source) ? dashboards.dashboardFromFacts(parsed, true)
                : dashboards.dashboard(released(parsed), disclose()));
    }

    @GET
    @Path("/dashboard/export")
    @Produces({"text/csv", FigureExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The dashboard as a spreadsheet (CSV or XLSX), with Chinese column titles and units")
    @APIResponse(responseCode = "200", description = "The file")
    public Response exportDashboard(@QueryParam("period") String period,
                                    @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Dashboard dashboard = dashboards.dashboard(released(RequestParameters.period(period, "period")), disclose());
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
        Breakdown breakdown = queries.breakdown(indicator, breakdownDimension(dimension),
                released(RequestParameters.period(period, "period")), disclose());
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
            content = @Content(schema = @Schema(implementation = BreakdownResponse.class)))
    public BreakdownResponse breakdown(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                               @Parameter(description = "CHAIN, DESIGNATION or STREET") @QueryParam("dimension") String dimension,
                               @QueryParam("period") String period) {
        return BreakdownResponse.of(queries.breakdown(indicator, breakdownDimension(dimension),
                released(RequestParameters.period(period, "period")), disclose()));
    }

    @GET
    @Path("/series")
    @Operation(summary = "An indicator over a range of periods, for the park or one chain, designation or street")
    @APIResponse(responseCode = "200", description = "One figure per period, oldest first")
    public List<IndicatorFigureResponse> series(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                        @QueryParam("dimension") @DefaultValue("PARK") String dimension,
                                        @QueryParam("member") String member,
                                        @QueryParam("from") String from, @QueryParam("to") String to) {
        Cell.Dimension cells = RequestParameters.dimension(dimension);
        if (cells != Cell.Dimension.PARK && (member == null || member.isBlank())) {
            throw ProblemException.invalidField("member", "is required for dimension " + cells);
        }
        Period first = RequestParameters.period(from, "from");
        Period last = RequestParameters.period(to, "to");
        if (first.compareTo(last) > 0) {
            throw ProblemException.invalidField("from", "is after to");
        }
        if ((last.year() - first.year()) * 11 + last.month() - first.month() >= MAX_SERIES_PERIODS) {
            throw ProblemException.invalidField("to", "at most " + MAX_SERIES_PERIODS + " periods per request");
        }
        if (!disclose()) {
            releases.requireReleased(first, last);
        }
        return queries.series(indicator, cells, member, first, last, disclose()).stream()
                .map(IndicatorFigureResponse::of).toList();
    }

    @GET
    @Path("/rankings")
    @Operation(summary = "The city's national-level parks ranked by an indicator's year-to-date growth")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = RankingResponse.class)))
    public RankingResponse ranking(@QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                           @QueryParam("period") String period) {
        return RankingResponse.of(queries.ranking(indicator, released(RequestParameters.period(period, "period")),
                disclose()));
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
    public List<IndicatorDefinition> catalogue() {
        return queries.catalogue();
    }

    @GET
    @Path("/parks")
    @Operation(summary = "This park and its peers, the city's national-level parks")
    public List<Park> parks() {
        return queries.parks();
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(summary = "Recompute every rollup from the facts",
            description = "Replaces the rollup with one computed from the current report revisions and the dimension "
                    + "copy; it equals the incrementally maintained one. Writers wait while it runs.")
    @APIResponse(responseCode = "200", description = "What was recomputed")
    @APIResponse(responseCode = "403", description = "Only park-admin and statistician",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RollupRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    private boolean disclose() {
        return caller.hasRole(Roles.STATISTICIAN) || caller.hasRole(Roles.PARK_ADMIN);
    }

    /** The period itself, once its figures may be shown to this caller: released, or the statistics office. */
    private Period released(Period period) {
        if (!disclose()) {
            releases.requireReleased(period, period);
        }
        return period;
    }

    private static Cell.Dimension breakdownDimension(String text) {
        Cell.Dimension split = RequestParameters.dimension(text);
        if (split == Cell.Dimension.PARK) {
            throw ProblemException.invalidField("dimension", "must be CHAIN, DESIGNATION or STREET");
        }
        return split;
    }
}
