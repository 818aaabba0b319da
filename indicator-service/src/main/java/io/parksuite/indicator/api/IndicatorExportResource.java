package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Breakdown;
import io.parksuite.indicator.service.Dashboard;
import io.parksuite.indicator.service.Dashboards;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.platform.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard and the breakdowns as spreadsheets (CSV or XLSX) for people, with Chinese column
 * titles and units: beside {@link IndicatorResource}, under the same path and the same disclosure.
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators", description = "The park's economic indicators (经济指标) from the rollup: dashboard, "
        + "breakdowns by chain, designation or street, series, peer-park rankings, the catalogue, and the rebuild")
public class IndicatorExportResource {

    private static final String FORMAT = "csv (default) or xlsx";

    private final Dashboards dashboards;
    private final IndicatorQueries queries;
    private final ReleasedFigures figures;

    public IndicatorExportResource(Dashboards dashboards, IndicatorQueries queries, ReleasedFigures figures) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.figures = figures;
    }

    @GET
    @Path("/dashboard/export")
    @Produces({"text/csv", FigureExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDashboard",
            summary = "The dashboard as a spreadsheet (CSV or XLSX), with Chinese column titles and units",
            description = "The figures of getDashboard, one row per indicator, for people: CSV (UTF-8 with a "
                    + "byte-order mark) or XLSX; withheld cells stay empty and are marked 已抑制.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"….csv\" or \"….xlsx\"", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 with a byte-order mark; Chinese column titles with units")),
                    @Content(mediaType = FigureExport.XLSX, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = "One sheet 经济指标, the title row frozen"))})
    @APIResponse(responseCode = "404", description = RequestParameters.NOT_RELEASED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportDashboard(@Parameter(description = RequestParameters.PERIOD, required = true,
                                            example = "2019-08",
                                            schema = @Schema(type = SchemaType.STRING,
                                                    pattern = RequestParameters.PERIOD_PATTERN))
                                    @QueryParam("period") String period,
                                    @Parameter(description = FORMAT,
                                            schema = @Schema(implementation = ExportFormat.class))
                                    @QueryParam("format") String format) {
        Dashboard dashboard = dashboards.dashboard(figures.released(RequestParameters.period(period, "period")), figures.disclose());
        return FigureExport.of(dashboard.indicators(), format, "dashboard-" + dashboard.period());
    }

    @GET
    @Path("/breakdown/export")
    @Produces({"text/csv", FigureExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportBreakdown",
            summary = "A breakdown as a spreadsheet (CSV or XLSX): the park total, then every cell",
            description = "The figures of getBreakdown for people: CSV (UTF-8 with a byte-order mark) or XLSX, the "
                    + "park total first; withheld cells stay empty and are marked 已抑制.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"….csv\" or \"….xlsx\"", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 with a byte-order mark; Chinese column titles with units")),
                    @Content(mediaType = FigureExport.XLSX, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = "One sheet 经济指标, the title row frozen"))})
    @APIResponse(responseCode = "404", description = RequestParameters.NOT_RELEASED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportBreakdown(@Parameter(description = RequestParameters.INDICATOR)
                                    @QueryParam("indicator") @DefaultValue("INDUSTRIAL_OUTPUT") String indicator,
                                    @Parameter(description = RequestParameters.SPLIT, required = true,
                                            schema = @Schema(implementation = BreakdownDimension.class))
                                    @QueryParam("dimension") String dimension,
                                    @Parameter(description = RequestParameters.PERIOD, required = true,
                                            example = "2019-08",
                                            schema = @Schema(type = SchemaType.STRING,
                                                    pattern = RequestParameters.PERIOD_PATTERN))
                                    @QueryParam("period") String period,
                                    @Parameter(description = FORMAT,
                                            schema = @Schema(implementation = ExportFormat.class))
                                    @QueryParam("format") String format) {
        Breakdown breakdown = queries.breakdown(indicator, RequestParameters.breakdownDimension(dimension),
                figures.released(RequestParameters.period(period, "period")), figures.disclose());
        List<IndicatorFigure> rows = new ArrayList<>();
        rows.add(breakdown.total());
        rows.addAll(breakdown.cells());
        return FigureExport.of(rows, format, "breakdown-" + breakdown.indicator() + "-" + breakdown.dimension() + "-"
                + breakdown.period());
    }
}
