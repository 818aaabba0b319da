package io.parksuite.project.api;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.service.BulkTransactions;
import io.parksuite.project.service.InvestmentImport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Monthly completed fixed-asset investment of many projects in one request
 * ({@code POST /api/v1/projects/investments/bulk}), for a statistics ledger or the history of
 * existing projects, where one call per project and month would not do.
 */
@Path("/api/v1/projects/investments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project progress", description = "Monthly fixed-asset investment, funds arrived (到位资金), capacity reached")
public class InvestmentBulkResource {

    private final InvestmentImport investmentImport;
    private final BulkRows bulkRows;
    private final BulkTransactions bulkTransactions;
    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;

    public InvestmentBulkResource(InvestmentImport investmentImport, BulkRows bulkRows,
                                  BulkTransactions bulkTransactions, IdempotencyKeys idempotencyKeys, Caller caller) {
        this.investmentImport = investmentImport;
        this.bulkRows = bulkRows;
        this.bulkTransactions = bulkTransactions;
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "reportMonthlyInvestmentsInBulk", summary = "Report up to 20,000 project-months of completed fixed-asset investment",
            description = "A JSON array of InvestmentRow, or CSV with the header projectId,period,completedYuan. Each row "
                    + "sets one signed project's month (a month reported before is replaced), as PUT "
                    + "/api/v1/projects/{id}/investments/{period} would. All or nothing: an unknown or unsigned project, a "
                    + "malformed or future month, a negative amount or a project's month given twice is named "
                    + "(rows[n].field, rows numbered from 1) and nothing is saved. Publishes one "
                    + "parksuite.project.investment-reported.v1 per row. Send an Idempotency-Key so that a retried upload "
                    + "reports once.")
    @APIResponse(responseCode = "200", description = "What was received and reported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named in errors[]; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportMany(@RequestBody(required = true, content = {
                                       @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                               type = SchemaType.ARRAY, implementation = ProgressDtos.InvestmentRow.class,
                                               maxItems = InvestmentImport.MAX_ROWS)),
                                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                               description = "The header line projectId,period,completedYuan, then one "
                                                       + "project-month a line",
                                               example = "projectId,period,completedYuan\n"
                                                       + "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10,2019-08,250000000\n"))})
                               String body,
                               @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<ProgressDtos.InvestmentRow> rows = bulkRows.read(contentType, body, ProgressDtos.InvestmentRow.class,
                InvestmentImport.MAX_ROWS);
        int missing = rows.indexOf(null);
        if (missing >= 0) {
            throw BulkRows.rejected(List.of(new RowError(missing + 1, "", "must be a row, not null")));
        }
        List<RowError> invalid = bulkRows.validate(rows);
        List<InvestmentImport.Row> reports = rows.stream()
                .map(r -> new InvestmentImport.Row(r.projectId(), r.period(), r.completedYuan())).toList();
        return bulkTransactions.run(() -> idempotencyKeys.once(idempotencyKey, body, () -> Response.ok(
                investmentImport.report(reports, invalid, caller.subject())).build()));
    }
}
