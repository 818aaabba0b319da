package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.FrozenFigure;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.Publication;
import io.parksuite.indicator.service.IndicatorQueries;
import io.parksuite.indicator.service.OpenData;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/**
 * 政府数据开放: the park's published indicators for anyone, without a token. Park-level figures
 * only, never an enterprise's, of periods the statistics office has published only, as frozen at
 * their latest publication ({@link io.parksuite.indicator.service.Publications}) under the same
 * disclosure control (cells and growth rates) as any role that may not see enterprise statistics.
 * The datasets of the same figures, with metadata, CSV and revisions, are {@link OpenDatasetResource}.
 */
@Path("/api/v1/open-data")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Open data", description = "The park's published indicators for anyone, without a token (政府数据开放): "
        + "park-level figures of published periods only, under disclosure control; datasets with metadata, "
        + "JSON and CSV distributions and revisions")
public class OpenDataResource {

    private final OpenData openData;
    private final IndicatorQueries queries;

    public OpenDataResource(OpenData openData, IndicatorQueries queries) {
        this.openData = openData;
        this.queries = queries;
    }

    /** The park's headline indicators of a period, as published. */
    @Schema(name = "OpenDataIndicators", description = "The park's headline indicators of a published period, in its "
            + "latest revision",
            requiredProperties = {"period", "park", "parkName", "indicators"}, example = """
            {"period": "2019-08", "park": "WANGCHENG_ETDZ", "parkName": "望城经济技术开发区", "indicators": [
             {"code": "TAX", "nameZh": "税收", "nameEn": "Tax revenue", "unit": "元", "ytdLabel": "1–8月",
              "value": 310000000.00, "ytdValue": 2450000000.00, "yoyPct": 12.5, "source": "REPORTS",
              "suppressed": false}]}""")
    public record Published(
            @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
            @Schema(description = "The park code", example = "WANGCHENG_ETDZ") String park,
            @Schema(description = "The park's name", example = "望城经济技术开发区") String parkName,
            @Schema(description = "One figure per indicator of the catalogue") List<OpenFigure> indicators) {
    }

    /** A park-level figure as published: withheld cells carry no value. */
    @Schema(name = "OpenDataFigure", description = "A park-level figure as published; a withheld one carries no value",
            requiredProperties = {"code", "nameZh", "nameEn", "unit", "ytdLabel", "source", "suppressed"},
            example = """
            {"code": "INDUSTRIAL_OUTPUT", "nameZh": "规模工业总产值",
             "nameEn": "Gross industrial output value of above-scale enterprises", "unit": "元", "ytdLabel": "1–8月",
             "value": 9200000000.00, "ytdValue": 68000000000.00, "yoyPct": 23.4, "source": "REPORTS",
             "suppressed": false}""")
    public record OpenFigure(
            @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT") String code,
            @Schema(description = "Chinese name", example = "规模工业总产值") String nameZh,
            @Schema(description = "English name", example = "Gross industrial output value of above-scale enterprises")
            String nameEn,
            @Schema(description = "Unit of value and ytdValue: 元 (yuan), 人, 家, 个, 件, %, 工作日", example = "元")
            String unit,
            @Schema(description = "The year to date ytdValue covers", example = "1–8月") String ytdLabel,
            @Schema(description = "当月: the month's value (1–2月 for February), in unit", nullable = true)
            BigDecimal value,
            @Schema(description = "1–X月累计: the year-to-date value, in unit", nullable = true) BigDecimal ytdValue,
            @Schema(description = "Year-on-year growth of ytdValue in percent, same-scope (同口径)", nullable = true)
            BigDecimal yoyPct,
            @Schema(description = "REPORTS, OFFICIAL, PROJECTS, APPROVALS or REGISTRY") IndicatorSource source,
            @Schema(description = "true when withheld by disclosure control (统计法)") boolean suppressed) {
        static OpenFigure of(FrozenFigure f) {
            return new OpenFigure(f.code(), f.nameZh(), f.nameEn(), f.unit(), f.ytdLabel(), f.value(), f.ytdValue(),
                    f.yoyPct(), WireEnums.of(IndicatorSource.class, f.source()), f.suppressed());
        }
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "getOpenDataIndicators",
            summary = "The park's headline indicators for a period (public, no token)",
            description = "Park-level figures of a period the statistics office has published, in its latest "
                    + "revision, never an enterprise's; withheld figures carry no value and are marked suppressed. "
                    + "The same figures with metadata, CSV and every revision: the park-indicators dataset "
                    + "(getOpenDatasetPeriod).")
    @APIResponse(responseCode = "200", description = "Park-level figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Published.class)))
    @APIResponse(responseCode = "404", description = "The period's figures are not published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Published indicators(@Parameter(description = RequestParameters.PERIOD, required = true,
                                         example = "2019-08",
                                         schema = @Schema(type = SchemaType.STRING,
                                                 pattern = RequestParameters.PERIOD_PATTERN))
                                 @QueryParam("period") String period) {
        OpenData.PublishedPeriod published = openData.latest(RequestParameters.period(period, "period"));
        Publication p = published.publication();
        return new Published(p.period().toString(), p.parkCode(), p.parkName(),
                published.figures().stream().map(OpenFigure::of).toList());
    }

    @GET
    @Path("/catalogue")
    @Operation(operationId = "getOpenDataCatalogue", summary = "The indicator catalogue (public, no token)",
            description = "The same catalogue (指标目录) as listIndicatorDefinitions: code, names, unit, scope, price "
                    + "basis, period type, source and definition of every indicator.")
    @APIResponse(responseCode = "200", description = "Every indicator, in catalogue order")
    public List<IndicatorDefinitionResponse> catalogue() {
        return queries.catalogue().stream().map(IndicatorDefinitionResponse::of).toList();
    }
}
