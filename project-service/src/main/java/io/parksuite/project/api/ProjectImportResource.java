package io.parksuite.project.api;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.service.BulkTransactions;
import io.parksuite.project.service.ProjectImport;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;

/**
 * The import of many projects with their history at once ({@code POST /api/v1/projects/bulk}), e.g.
 * a park's existing ledger: beside {@link ProjectResource}, under the same path.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Investment projects (招商项目): entry, search, export, change feed, history")
public class ProjectImportResource {

    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;
    private final BulkRows bulkRows;
    private final BulkTransactions bulkTransactions;
    private final ProjectImport projectImport;

    public ProjectImportResource(IdempotencyKeys idempotencyKeys, Caller caller, BulkRows bulkRows,
                                 BulkTransactions bulkTransactions, ProjectImport projectImport) {
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
        this.bulkRows = bulkRows;
        this.bulkTransactions = bulkTransactions;
        this.projectImport = projectImport;
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "importProjects", summary = "Import up to 10,000 projects with their history",
            description = "A JSON array of ProjectImportRow: each project is entered and its stage changes replayed through "
                    + "the stage machine's rules (dates never backwards, skips with a reason, the 开工 guard), then its capacity "
                    + "reports as POST …/capacity-reports would record them. All or "
                    + "nothing: a bad row is named (rows[n].field, rows numbered from 1) and nothing is saved. Publishes "
                    + "the events entering and moving each project one at a time would. Send an Idempotency-Key so that a "
                    + "retried upload imports once.")
    @APIResponse(responseCode = "200", description = "What was received and imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named in errors[] (rows[n].field); nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importMany(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectImportRow.class,
                                               maxItems = ProjectImport.MAX_ROWS)))
                               String body,
                               @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<ProjectImportRow> rows = bulkRows.read(contentType, body, ProjectImportRow.class, ProjectImport.MAX_ROWS);
        List<RowError> invalid = bulkRows.validate(rows);
        List<ProjectImport.Row> imports = rows.stream().map(ProjectImportResource::importRow).toList();
        return bulkTransactions.run(() -> idempotencyKeys.once(idempotencyKey, body, () -> Response.ok(
                projectImport.importAll(imports, invalid, caller.subject())).build()));
    }

    private static ProjectImport.Row importRow(ProjectImportRow row) {
        ProjectRequest p = row.project();
        if (p == null || p.investor() == null || p.name() == null || p.investor().name() == null
                || p.investor().type() == null || p.plannedInvestmentYuan() == null) {
            return new ProjectImport.Row(null, null, null, List.of(), null, null, null, null, List.of());
        }
        List<ProjectImport.Step> steps = row.history() == null ? List.of() : row.history().stream()
                .filter(Objects::nonNull)
                .map(s -> new ProjectImport.Step(s.to(), s.date(), s.note(), s.skipReason())).toList();
        return new ProjectImport.Row(p.profile(), p.stage(), p.stageDate(), steps, row.trialProductionOn(),
                row.startupApproval() == null ? null : row.startupApproval().applicationId(),
                row.startupApproval() == null ? null : row.startupApproval().result(),
                row.startupApproval() == null ? null : row.startupApproval().concludedOn(),
                row.capacityReports() == null ? List.of() : row.capacityReports().stream().filter(Objects::nonNull)
                        .map(c -> new ProjectImport.Capacity(c.date(), c.quantity(), c.unit(), c.note())).toList());
    }
}
