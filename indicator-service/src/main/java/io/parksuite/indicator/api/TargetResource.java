package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.service.PublishedFigures;
import io.parksuite.platform.audit.AuditHistory;
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
 * 年度目标: annual targets per indicator, for the park or a chain, designation or street,
 * {@code /api/v1/indicators/targets}; who set each value, and when, is kept.
 */
@Path("/api/v1/indicators/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Annual targets per indicator (年度目标), for the park or a chain, designation "
        + "or street: the base of target progress")
public class TargetResource {

    private static final int MAX_ROWS = 5_000;

    private final PublishedFigures published;
    private final BulkRows bulkRows;
    private final Caller caller;

    public TargetResource(PublishedFigures published, BulkRows bulkRows, Caller caller) {
        this.published = published;
        this.bulkRows = bulkRows;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "setTargets",
            summary = "Set annual targets per indicator, for the park or a chain, designation or street",
            description = "A JSON array, up to 5,000; a target set again replaces the earlier one, which stays in its "
                    + "history. Every row is checked first (known indicator, dimension); one invalid row rejects the "
                    + "request with a 422 naming rows[n].field.")
    @APIResponse(responseCode = "200", description = "How many targets were set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field), or more than "
            + "5,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(type = SchemaType.ARRAY, implementation = TargetRequest.class,
                                        maxItems = MAX_ROWS)))
                        String body) {
        List<TargetRequest> rows = bulkRows.readJson(body, TargetRequest.class, MAX_ROWS);
        List<PublishedFigures.TargetRow> targets = rows.stream()
                .map(row -> new PublishedFigures.TargetRow(row.indicatorCode(), row.year(), row.dimension(),
                        row.member(), row.targetValue()))
                .toList();
        int set = published.recordTargets(targets, bulkRows.validate(rows), caller.subject());
        return Response.ok(new BulkReport(rows.size(), set, List.of())).build();
    }

    @GET
    @Path("/{indicatorCode}/{year}/{dimension}/{member}/history")
    @RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
    @Operation(operationId = "getTargetHistory", summary = "Every value a target has had, with who set it and when",
            description = "The revisions of one target, oldest first. For the park's own target, dimension and member "
                    + "are both PARK.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No target was set for this indicator, year and cell",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditHistory.Revision> history(@Parameter(description = "The indicator code, see the catalogue",
                                                       example = "INDUSTRIAL_OUTPUT")
                                               @PathParam("indicatorCode") String indicatorCode,
                                               @Parameter(description = "The year, e.g. 2019", example = "2019",
                                                       schema = @Schema(type = SchemaType.STRING,
                                                               pattern = "^[0-9]{4}$"))
                                               @PathParam("year") String year,
                                               @Parameter(description = "PARK, CHAIN, DESIGNATION or STREET",
                                                       schema = @Schema(implementation = CellDimension.class))
                                               @PathParam("dimension") String dimension,
                                               @Parameter(description = "The chain, designation or street code; PARK "
                                                       + "for the park", example = "NONFERROUS_ADVANCED_MANUFACTURING")
                                               @PathParam("member") String member) {
        if (!year.matches("\\d{4}")) {
            throw ProblemException.invalidField("year", "must be a year, e.g. 2019");
        }
        return published.targetHistory(indicatorCode, Integer.parseInt(year), RequestParameters.dimension(dimension),
                member);
    }
}
