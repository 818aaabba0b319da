package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.Dashboards;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.Releases;
import io.parksuite.indicator.service.RollupRebuild;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * 经济指标: the park's indicators from the rollup, {@code /api/v1/indicators}. Every authenticated
 * role reads aggregates; for roles other than statistician and park-admin, only periods already
 * officially released (404 otherwise), and without the cells and growth rates that would disclose
 * an enterprise's figures.
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators", description = "The park's economic indicators (经济指标) from the rollup: dashboard, "
        + "breakdowns by chain, designation or street, series, peer-park rankings, the catalogue, and the rebuild")
public class IndicatorResource {

    static final int MAX_SERIES_PERIODS = 240;

    private final Dashboards dashboards;
    private final IndicatorQueries queries;
    private final RollupRebuild rebuild;
    private final Releases releases;
    private final ReleasedFigures figures;

    public IndicatorResource(Dashboards dashboards, IndicatorQueries queries, RollupRebuild rebuild, Releases releases,
                             ReleasedFigures figures) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.rebuild = rebuild;
        this.releases = releases;
        this.figures = figures;
    }

    @GET
    @Path("/dashboard")
    @Operation(operationId = "getDashboard", summary = "Every headline indicator for a period",
            description = "Value (当月; 1–2月 for February), 1–X月累计, growth on the same-scope base (同口径) and against "
                    + "last year's published set, change in percentage points, share, target progress and rank among "
                    + "the city's national-level parks. Roles other than statistician and park-admin get released "
                    + "periods only, with small or dominated cells and the growth rates that would disclose them "
                    + "withheld (suppressed).")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardResponse.class)))
    @APIResponse(responseCode = "404", description = RequestParameters.NOT_RELEASED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DashboardResponse dashboard(@Parameter(description = RequestParameters.PERIOD, required = true,
                                               example = "2019-08",
                                               schema = @Schema(type = SchemaType.STRING,
                                                       pattern = RequestParameters.PERIOD_PATTERN))
                                       @QueryParam("period") String period,
                                       @Parameter(description = "rollup (default), or facts: summed again from the "
                                               + "current reports, bypassing the rollup (statistician and park-admin; "
                                               + "slow)", schema = @Schema(implementation = DashboardSource.class))
                                       @QueryParam("source") @DefaultValue("rollup") String source) {
        Period parsed = RequestParameters.period(period, "period");
        if (!"rollup".equals(source) && !"facts".equals(source)) {
            throw ProblemException.invalidField("source", "must be rollup or facts");
        }
        if ("facts".equals(source) && !figures.disclose()) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Only statistician and park-admin sum the dashboard from the facts", List.of());
        }
        return DashboardResponse.of("facts".equals(source) ? dashboards.dashboardFromFacts(parsed, true)
                : dashboards.dashboard(figures.released(parsed), figures.disclose()));
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getBreakdown", summary = "An indicator split by industry chain, designation or street",
            description = "One figure per chain, designation or street that has reporting enterprises, and the park "
                    + "total the shares refer to. Roles other than statistician and park-admin get released periods "
                    + "only, with small or dominated cells withheld (and complementary cells, so that none can be "
                    + "derived from the total).")
    @APIResponse(responseCode = "200", description = "The cells and the park total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BreakdownResponse.class)))
    @APIResponse(responseCode = "404", description = RequestParameters.NOT_RELEASED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BreakdownResponse breakdown(@Parameter(description = RequestParameters.INDICATOR)
                                       @QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                       @Parameter(description = RequestParameters.SPLIT, required = true,
                                               schema = @Schema(implementation = BreakdownDimension.class))
                                       @QueryParam("dimension") String dimension,
                                       @Parameter(description = RequestParameters.PERIOD, required = true,
                                               example = "2019-08",
                                               schema = @Schema(type = SchemaType.STRING,
                                                       pattern = RequestParameters.PERIOD_PATTERN))
                                       @QueryParam("period") String period) {
        return BreakdownResponse.of(queries.breakdown(indicator, RequestParameters.breakdownDimension(dimension),
                figures.released(RequestParameters.period(period, "period")), figures.disclose()));
    }

    @GET
    @Path("/series")
    @Operation(operationId = "getIndicatorSeries",
            summary = "An indicator over a range of periods, for the park or one chain, designation or street",
            description = "One figure per period from `from` to `to` (at most 240 periods), oldest first. Roles other "
                    + "than statistician and park-admin get the range only when every period in it is released.")
    @APIResponse(responseCode = "200", description = "One figure per period, oldest first")
    @APIResponse(responseCode = "404", description = "A period of the range is not officially released yet (every "
            + "role but statistician and park-admin)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<IndicatorFigureResponse> series(@Parameter(description = RequestParameters.INDICATOR)
                                                @QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT")
                                                String indicator,
                                                @Parameter(description = "PARK (default) for the park, or the "
                                                        + "dimension of `member`",
                                                        schema = @Schema(implementation = CellDimension.class))
                                                @QueryParam("dimension") @DefaultValue("PARK") String dimension,
                                                @Parameter(description = "The chain, designation or street code; "
                                                        + "required unless dimension is PARK",
                                                        example = "NONFERROUS_ADVANCED_MANUFACTURING")
                                                @QueryParam("member") String member,
                                                @Parameter(description = "The first period, YYYY-MM", required = true,
                                                        example = "2019-02",
                                                        schema = @Schema(type = SchemaType.STRING,
                                                                pattern = RequestParameters.PERIOD_PATTERN))
                                                @QueryParam("from") String from,
                                                @Parameter(description = "The last period, YYYY-MM, not before from",
                                                        required = true, example = "2019-08",
                                                        schema = @Schema(type = SchemaType.STRING,
                                                                pattern = RequestParameters.PERIOD_PATTERN))
                                                @QueryParam("to") String to) {
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
        if (!figures.disclose()) {
            releases.requireReleased(first, last);
        }
        return queries.series(indicator, cells, member, first, last, figures.disclose()).stream()
                .map(IndicatorFigureResponse::of).toList();
    }

    @GET
    @Path("/rankings")
    @Operation(operationId = "getParkRanking",
            summary = "The city's national-level parks ranked by an indicator's year-to-date growth",
            description = "Peers from their official published figures, this park from its reports where the "
                    + "indicator is summed from them; highest growth first, ties sharing a rank.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RankingResponse.class)))
    @APIResponse(responseCode = "404", description = RequestParameters.NOT_RELEASED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RankingResponse ranking(@Parameter(description = RequestParameters.INDICATOR)
                                   @QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                   @Parameter(description = RequestParameters.PERIOD, required = true,
                                           example = "2019-08",
                                           schema = @Schema(type = SchemaType.STRING,
                                                   pattern = RequestParameters.PERIOD_PATTERN))
                                   @QueryParam("period") String period) {
        return RankingResponse.of(queries.ranking(indicator, figures.released(RequestParameters.period(period, "period")),
                figures.disclose()));
    }

    @GET
    @Path("/projects/stages")
    @Operation(operationId = "countProjectsByStage",
            summary = "Investment projects by stage (线索 LEAD, 在谈 NEGOTIATING, 签约 SIGNED, … 达产 FULL_PRODUCTION)",
            description = "The number of projects now in each stage, from the project copy kept from project.events; "
                    + "stages without projects are left out.")
    @APIResponse(responseCode = "200", description = "Stage → number of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "Projects per stage: LEAD, NEGOTIATING, SIGNED, APPROVING, CONSTRUCTION, "
                            + "PRODUCTION, FULL_PRODUCTION, STALLED, TERMINATED",
                    additionalProperties = Integer.class,
                    example = "{\"LEAD\": 12, \"NEGOTIATING\": 8, \"SIGNED\": 51, \"CONSTRUCTION\": 20}")))
    public Map<String, Integer> projectsByStage() {
        return queries.projectsByStage();
    }

    @GET
    @Path("/catalogue")
    @Operation(operationId = "listIndicatorDefinitions", summary = "The indicator catalogue (指标目录)",
            description = "Code, Chinese and English name, unit, scope (规上 ABOVE_SCALE / 全口径 ALL), price basis "
                    + "(现价 CURRENT / 可比价 COMPARABLE), period type (当月 MONTH / 1–X月累计 YEAR_TO_DATE), source, definition.")
    @APIResponse(responseCode = "200", description = "Every indicator, in catalogue order")
    public List<IndicatorDefinitionResponse> catalogue() {
        return queries.catalogue().stream().map(IndicatorDefinitionResponse::of).toList();
    }

    @GET
    @Path("/parks")
    @Operation(operationId = "listParks", summary = "This park and its peers, the city's national-level parks",
            description = "The parks that official figures are recorded for and rankings compare; `own` marks "
                    + "this one.")
    @APIResponse(responseCode = "200", description = "The parks")
    public List<ParkResponse> parks() {
        return queries.parks().stream().map(ParkResponse::of).toList();
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "rebuildRollups", summary = "Recompute every rollup from the facts",
            description = "Replaces the rollup with one computed from the current report revisions and the dimension "
                    + "copy; it equals the incrementally maintained one. Writers wait while it runs.")
    @APIResponse(responseCode = "200", description = "What was recomputed")
    public RollupRebuildResponse rebuild() {
        return RollupRebuildResponse.of(rebuild.rebuild());
    }
}
