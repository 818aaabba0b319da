package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.FigureLineages;
import io.parksuite.indicator.service.Lineage;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import java.util.Locale;

/**
 * 数据溯源, {@code /api/v1/indicators/lineage}: where a served figure comes from, for the
 * same cells and with the same release rule as the figures it explains. Whether the caller gets
 * the enterprises is decided in one place ({@link ReleasedFigures#disclose()}); every lineage read
 * is in the audit trail (parksuite.audit.confidential-paths), the enterprise-level ones included.
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators", description = "The park's economic indicators (经济指标) from the rollup: dashboard, "
        + "breakdowns by chain, designation or street, series, peer-park rankings, the catalogue, and the rebuild")
public class IndicatorLineageResource {

    private final FigureLineages lineages;
    private final ReleasedFigures figures;

    public IndicatorLineageResource(FigureLineages lineages, ReleasedFigures figures) {
        this.lineages = lineages;
        this.figures = figures;
    }

    @GET
    @Path("/lineage")
    @Produces({MediaType.APPLICATION_JSON, FigureExport.XLSX})
    @Operation(operationId = "getIndicatorLineage", summary = "Where a figure comes from (数据溯源)",
            description = "The figure of one indicator, cell and period as getDashboard, getBreakdown, "
                    + "getIndicatorSeries and the exports serve it, with its inputs: for figures summed from reports "
                    + "the contributing enterprises by USCC, a page of them (page, size; contributorsPage.total "
                    + "in all), each with its current report revisions (who submitted, when, which revision) and "
                    + "its shares of the month, the year to date and the same-scope base (同口径), all pages "
                    + "together summing exactly to the figure; the rules (口径, the 规上 list of which year, the "
                    + "base year); for official figures the records used; for project figures the monthly sums. "
                    + "Statistician and park-admin get the enterprises; every other role the disclosure-safe lineage "
                    + "(counts, rules, the withheld cells without the reason), for released periods only. Every read "
                    + "is recorded in the audit trail. format=xlsx (or, without format, an Accept header naming the "
                    + "workbook) gives a workbook with Chinese titles and every contributor (page and size do not "
                    + "apply), written as it is traced.")
    @APIResponse(responseCode = "200", description = "The lineage",
            headers = @Header(name = "Content-Disposition", description = "With format=xlsx: attachment; "
                    + "filename=\"lineage-….xlsx\"", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LineageResponse.class)),
                    @Content(mediaType = FigureExport.XLSX, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = "Sheets 数据溯源, 企业明细 and 报表版本 (enterprise-level "
                            + "only), 官方发布数, 项目月度汇总, 保密单元; the title row frozen"))})
    @APIResponse(responseCode = "404", description = "No such indicator in the catalogue, or the period's figures "
            + "are not officially released yet (every role but statistician and park-admin)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lineage(@Parameter(description = RequestParameters.INDICATOR, required = true,
                                    example = "INDUSTRIAL_OUTPUT")
                            @QueryParam("indicator") String code,
                            @Parameter(description = RequestParameters.PERIOD, required = true, example = "2019-08",
                                    schema = @Schema(type = SchemaType.STRING,
                                            pattern = RequestParameters.PERIOD_PATTERN))
                            @QueryParam("period") String period,
                            @Parameter(description = "PARK (default) for the park figure (the dashboard's), or the "
                                    + "dimension of `member` (a breakdown's cell)",
                                    schema = @Schema(implementation = CellDimension.class))
                            @QueryParam("dimension") @DefaultValue("PARK") String dimension,
                            @Parameter(description = "The chain, designation or street code; required unless "
                                    + "dimension is PARK", example = "NONFERROUS_ADVANCED_MANUFACTURING")
                            @QueryParam("member") String member,
                            @Parameter(description = "json or xlsx; without it, JSON unless the Accept header names the "
                                    + "XLSX media type first",
                                    schema = @Schema(implementation = LineageFormat.class))
                            @QueryParam("format") String format,
                            @BeanParam PageRequest page,
                            @Context HttpHeaders headers) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField("indicator", "is required: an indicator code of the catalogue");
        }
        Period parsed = RequestParameters.period(period, "period");
        Cell.Dimension cells = RequestParameters.dimension(dimension);
        if (cells != Cell.Dimension.PARK && (member == null || member.isBlank())) {
            throw ProblemException.invalidField("member", "is required for dimension " + cells);
        }
        String kind = format != null ? format.toLowerCase(Locale.ROOT) : prefersXlsx(headers) ? "xlsx" : "json";
        if (!kind.equals("json") && !kind.equals("xlsx")) {
            throw ProblemException.invalidField("format", "must be json or xlsx");
        }
        page.offset(); // a page out of bounds is refused in either format
        String cellMember = cells == Cell.Dimension.PARK ? null : member;
        if (kind.equals("xlsx")) {
            return LineageExport.of(parsed, each -> lineages.lineage(code, cells, cellMember,
                    figures.released(parsed), figures.disclose(), each));
        }
        Lineage lineage = lineages.lineage(code, cells, cellMember, figures.released(parsed), figures.disclose(), page);
        return Response.ok(LineageResponse.of(lineage, page), MediaType.APPLICATION_JSON).build();
    }

    /** Without {@code format}, an Accept header that names the workbook before JSON asks for it. */
    private static boolean prefersXlsx(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (FigureExport.XLSX.equals(type.getType() + "/" + type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
