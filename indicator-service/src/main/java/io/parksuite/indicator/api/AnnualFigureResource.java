package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.service.AnnualFigures;
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
import jakarta.ws.rs.QueryParam;
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

import java.util.List;

/**
 * 企业年报: enterprises' annual revenue, profit and R&D expense, which the growth assessment reads
 * for the years and figures the monthly reports do not carry. Confidential under the Statistics Law.
 */
@Path("/api/v1/indicators/annual-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth candidates")
public class AnnualFigureResource {

    private static final int MAX_ROWS = 50_000;

    private final AnnualFigures figures;
    private final BulkRows bulkRows;
    private final Caller caller;

    public AnnualFigureResource(AnnualFigures figures, BulkRows bulkRows, Caller caller) {
        this.figures = figures;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    /** A stored year of an enterprise's annual figures. */
    @Schema(name = "AnnualFigure", description = "An enterprise's annual figures for a year, as recorded",
            requiredProperties = {"uscc", "year", "recordedBy", "recordedAt"})
    public record AnnualFigure(
            @Schema(description = "统一社会信用代码 (USCC)", example = "91430112MA4D000134") String uscc,
            @Schema(description = "The year", example = "2015") int year,
            @Schema(description = "营业收入, yuan", nullable = true) java.math.BigDecimal revenueYuan,
            @Schema(description = "利润总额, yuan", nullable = true) java.math.BigDecimal profitYuan,
            @Schema(description = "研发费用, yuan", nullable = true) java.math.BigDecimal rdExpenseYuan,
            @Schema(description = "Where the figures come from", nullable = true) String source,
            @Schema(description = "Who recorded them", example = "statistician-1") String recordedBy,
            @Schema(description = "When they were recorded") java.time.OffsetDateTime recordedAt) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.BULK_REPORT_SUBMITTERS)
    @Operation(operationId = "recordAnnualFigures", summary = "Record enterprises' annual figures (企业年报)",
            description = "A JSON array, up to 50,000; an enterprise's year sent again replaces the earlier figures. "
                    + "Every row is checked first (known enterprise, a complete year, no duplicates); one invalid row "
                    + "rejects the request with a 422 naming rows[n].field, and nothing is written.")
    @APIResponse(responseCode = "200", description = "How many rows were recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(type = SchemaType.ARRAY, implementation = AnnualFigureRequest.class,
                                           maxItems = MAX_ROWS)))
                           String body) {
        List<AnnualFigureRequest> rows = bulkRows.readJson(body, AnnualFigureRequest.class, MAX_ROWS);
        int recorded = figures.record(rows.stream().map(r -> new AnnualFigures.Row(r.uscc(), r.year(),
                r.revenueYuan(), r.profitYuan(), r.rdExpenseYuan(), r.source())).toList(),
                bulkRows.validate(rows), caller.subject());
        return Response.ok(new BulkReport(rows.size(), recorded, List.of())).build();
    }

    @GET
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "getAnnualFigures", summary = "An enterprise's annual figures, oldest year first",
            description = "Every year recorded for the enterprise, with who recorded it and when; confidential under "
                    + "the Statistics Law (统计法), so every read is audited.")
    @APIResponse(responseCode = "200", description = "Every recorded year; empty when none")
    @APIResponse(responseCode = "422", description = "The USCC is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AnnualFigure> of(@Parameter(description = RequestParameters.USCC, required = true,
                                         example = "91430112MA4D000134")
                                 @QueryParam("uscc") String uscc) {
        if (uscc == null || !uscc.matches(RequestParameters.USCC_PATTERN)) {
            throw ProblemException.invalidField("uscc", "must be 18 characters of 0-9 and A-Y without I, O, S, V, Z");
        }
        return figures.of(uscc).stream().map(f -> new AnnualFigure(f.uscc(), f.year(), f.revenueYuan(),
                f.profitYuan(), f.rdExpenseYuan(), f.source(), f.recordedBy(), f.recordedAt())).toList();
    }
}
