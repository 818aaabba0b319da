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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "Report up to 20,000 project-months of completed fixed-asset investment",
            description = "A JSON array of InvestmentRow, or CSV with the header projectId,period,completedYuan. Each row "
                    + "sets one signed project's month (a month reported before is replaced), as PUT "
                    + "/api/v1/projects/{id}/investments/{period} would. All or nothing: an unknown or unsigned project, a "
                    + "malformed or future month, a negative amount or a project's month given twice is named "
                    + "(rows[n].field, rows numbered from 1) and nothing is saved. Publishes one "
                    + "parksuite.project.investment-reported.v1 per row. Send an Idempotency-Key so that a retried upload "
                    + "reports once.")
    @APIResponse(responseCode = "200", description = "What was received and reported",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "400", description = "The body cannot be read (the row is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named in errors[]; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportMany(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @Parameter(description = "Makes a retried upload report once")
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
