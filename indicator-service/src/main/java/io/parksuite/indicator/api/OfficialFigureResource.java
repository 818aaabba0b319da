package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.service.PublishedFigures;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 官方发布数: park-level figures as the statistics bureau published them, for this park and its
 * peers, {@code /api/v1/indicators/official-figures}; who recorded each value, and when, is kept.
 */
@Path("/api/v1/indicators/official-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Official figures", description = "Park-level figures as the statistics bureau published them (官方发布数), "
        + "for this park and its peers, e.g. 规模工业增加值 and its growth at comparable prices")
public class OfficialFigureResource {

    private static final int MAX_ROWS = 5_000;

    private final PublishedFigures published;
    private final BulkRows bulkRows;
    private final Caller caller;

    public OfficialFigureResource(PublishedFigures published, BulkRows bulkRows, Caller caller) {
        this.published = published;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.OFFICIAL_FIGURE_PUBLISHERS)
    @Operation(operationId = "recordOfficialFigures",
            summary = "Record published park-level figures, for this park and its peers",
            description = "A JSON array, up to 5,000. 规模工业增加值 and its comparable-price growth come only from here. "
                    + "A figure published again for the same park, indicator and period replaces the earlier one, "
                    + "which stays in its history. Every row is checked first (known park and indicator, a period "
                    + "that is over); one invalid row rejects the request with a 422 naming rows[n].field.")
    @APIResponse(responseCode = "200", description = "How many figures were recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field), or more than "
            + "5,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(type = SchemaType.ARRAY,
                                           implementation = OfficialFigureRequest.class, maxItems = MAX_ROWS)))
                           String body) {
        List<OfficialFigureRequest> rows = bulkRows.readJson(body, OfficialFigureRequest.class, MAX_ROWS);
        List<PublishedFigures.OfficialRow> figures = rows.stream()
                .map(row -> new PublishedFigures.OfficialRow(row.parkCode(), row.indicatorCode(), row.period(),
                        row.ytdValue(), row.ytdGrowthPct(), row.source(), row.publishedOn()))
                .toList();
        int recorded = published.recordOfficial(figures, bulkRows.validate(rows), caller.subject());
        return Response.ok(new BulkReport(rows.size(), recorded, List.of())).build();
    }

    @GET
    @Path("/{parkCode}/{indicatorCode}/{period}/history")
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "getOfficialFigureHistory",
            summary = "Every value an official figure has had, with who recorded it and when",
            description = "The revisions of one park's figure for an indicator and period, oldest first, each with "
                    + "the fields it changed.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No figure of this indicator was recorded for this park and "
            + "period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditHistory.Revision> history(@Parameter(description = "The park code, see listParks",
                                                       example = "WANGCHENG_ETDZ")
                                               @PathParam("parkCode") String parkCode,
                                               @Parameter(description = "The indicator code, see the catalogue",
                                                       example = "INDUSTRIAL_VALUE_ADDED")
                                               @PathParam("indicatorCode") String indicatorCode,
                                               @Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                                                       schema = @Schema(type = SchemaType.STRING,
                                                               pattern = RequestParameters.PERIOD_PATTERN))
                                               @PathParam("period") String period) {
        return published.officialHistory(parkCode, indicatorCode, RequestParameters.period(period, "period"));
    }
}
