package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.StatisticalReport;
import io.parksuite.indicator.service.ContentionRetry;
import io.parksuite.indicator.service.ReportIntake;
import io.parksuite.indicator.service.StatisticalReports;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;

/**
 * 统计月报 intake and reading: {@code /api/v1/statistical-reports}. Enterprise-level figures are
 * confidential (统计法): only the enterprise itself, statisticians and park administrators read them.
 * An intake runs in its own transaction, tried again when it loses a lock race ({@link ContentionRetry}).
 */
@Path("/api/v1/statistical-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statistical reports", description = "Monthly enterprise reports (统计月报), revisions kept")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "This role may not do this, or not for this enterprise",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The database is unreachable or busy; send again after Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatisticalReportResource {

    private final ReportIntake intake;
    private final StatisticalReports reports;
    private final BulkRows bulkRows;
    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;
    private final ContentionRetry retry;
    private final Clock clock;

    public StatisticalReportResource(ReportIntake intake, StatisticalReports reports, BulkRows bulkRows,
                                     IdempotencyKeys idempotencyKeys, Caller caller, ContentionRetry retry,
                                     Clock clock) {
        this.intake = intake;
        this.reports = reports;
        this.bulkRows = bulkRows;
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
        this.retry = retry;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(IndicatorRoleSets.REPORT_SUBMITTERS)
    @Operation(summary = "Submit a monthly report",
            description = "Stores a new revision for the enterprise and period; the latest revision counts, earlier ones "
                    + "stay readable. An enterprise user submits for its own USCC only. A final report is revised "
                    + "only by another final one. The enterprise must be known from the registry's events.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the report",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "422", description = "A field is invalid (period, values, unit, unknown enterprise)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Valid @NotNull ReportRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        if (!caller.mayAccessEnterprise(request.uscc())) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "An enterprise user submits reports for its own enterprise only", List.of());
        }
        ReportRequests.Checked checked = ReportRequests.check(List.of(request), List.of(), Period.today(clock));
        if (!checked.errors().isEmpty()) {
            throw ProblemException.invalidFields(checked.errors().stream()
                    .map(e -> new Problem.FieldError(e.field(), e.message())).toList());
        }
        return retry.call(() -> idempotencyKeys.once(idempotencyKey, request, () -> {
            ReportIntake.Stored stored;
            try {
                stored = intake.submit(checked.submissions(), caller.subject()).get(0);
            } catch (ProblemException e) {
                throw ProblemException.invalidFields(e.errors().stream()
                        .map(f -> new Problem.FieldError(f.field().replaceFirst("^rows\\[\\d+]\\.", ""), f.message()))
                        .toList());
            }
            StatisticalReport report = reports.revision(stored.uscc(), stored.period(), stored.revision());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/statistical-reports")
                            .path(stored.uscc()).path(stored.period().toString()).build())
                    .entity(ReportResponse.of(report)).build();
        }));
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(IndicatorRoleSets.BULK_REPORT_SUBMITTERS)
    @Operation(summary = "Submit up to 50,000 monthly reports at once",
            description = "A JSON array of StatisticalReportRequest, or CSV with a header line of the same column names. "
                    + "Every row is checked (period rules, values, unit, duplicates, unknown enterprises, final reports "
                    + "revised by preliminary ones); one invalid row rejects the request with a 422 naming "
                    + "rows[n].field, and nothing is written. Send an Idempotency-Key so a retried upload counts once.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "400", description = "The body cannot be read (the row is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid, or more than 50,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitMany(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<ReportRequest> rows = bulkRows.read(contentType, body, ReportRequest.class, ReportIntake.MAX_ROWS);
        List<RowError> invalid = bulkRows.validate(rows);
        ReportRequests.Checked checked = ReportRequests.check(rows, invalid, Period.today(clock));
        if (!checked.errors().isEmpty()) {
            throw BulkRows.rejected(checked.errors());
        }
        return retry.call(() -> idempotencyKeys.once(idempotencyKey, body, () -> {
            int stored = intake.submit(checked.submissions(), caller.subject()).size();
            return Response.ok(new BulkReport(rows.size(), stored, List.of())).build();
        }));
    }

    @GET
    @Path("/{uscc}/{period}")
    @RolesAllowed(IndicatorRoleSets.REPORT_READERS)
    @Operation(summary = "Read the current revision of an enterprise's report")
    @APIResponse(responseCode = "200", description = "The revision that counts",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No report for this enterprise and period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportResponse current(@PathParam("uscc") String uscc, @PathParam("period") String period) {
        Period p = RequestParameters.period(period, "period");
        guard(uscc);
        return reports.current(uscc, p).map(ReportResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No report of " + uscc + " for " + p));
    }

    @GET
    @Path("/{uscc}/{period}/revisions")
    @RolesAllowed(IndicatorRoleSets.REPORT_READERS)
    @Operation(summary = "Read every revision of an enterprise's report, oldest first")
    @APIResponse(responseCode = "200", description = "The revisions; the last one is current")
    public List<ReportResponse> revisions(@PathParam("uscc") String uscc, @PathParam("period") String period) {
        Period p = RequestParameters.period(period, "period");
        guard(uscc);
        List<StatisticalReport> revisions = reports.revisions(uscc, p);
        if (revisions.isEmpty()) {
            throw ProblemException.notFound("No report of " + uscc + " for " + p);
        }
        return revisions.stream().map(ReportResponse::of).toList();
    }

    @GET
    @Path("/{uscc}")
    @RolesAllowed(IndicatorRoleSets.REPORT_READERS)
    @Operation(summary = "Read an enterprise's current reports of a year, by period")
    @APIResponse(responseCode = "200", description = "The current revision of each period reported")
    public List<ReportResponse> ofEnterprise(@PathParam("uscc") String uscc,
                                             @Parameter(description = "The year, e.g. 2019") @QueryParam("year") Integer year) {
        guard(uscc);
        if (year == null) {
            throw ProblemException.invalidField("year", "is required, e.g. 2019");
        }
        return reports.currentOfYear(uscc, year).stream().map(ReportResponse::of).toList();
    }

    private void guard(String uscc) {
        if (!caller.mayAccessEnterprise(uscc)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Enterprise-level statistics are confidential: an enterprise user reads its own only", List.of());
        }
    }
}
