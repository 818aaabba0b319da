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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
@Tag(name = "Statistical reports", description = "Monthly enterprise reports (统计月报): output value, sales output, "
        + "revenue, tax and employees, every revision kept; confidential under the Statistics Law (统计法)")
public class StatisticalReportResource {

    private static final String CSV_EXAMPLE = """
            uscc,period,status,unit,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees,energyTce,exportDeliveryValueYuan
            91430112M000100Y4X,2019-08,PRELIMINARY,元,850000000.00,830000000.00,840000000.00,42000000.00,1850,1200.5,120000000.00
            """;

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
    @Operation(operationId = "submitStatisticalReport", summary = "Submit a monthly report",
            description = "Stores a new revision for the enterprise and period; the latest revision counts, earlier ones "
                    + "stay readable. An enterprise user submits for its own USCC only. A final report is revised "
                    + "only by another final one. The enterprise must be known from the registry's events. Send an "
                    + "Idempotency-Key so that a retried call stores one revision.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the report",
            headers = {
                    @Header(name = "Location", description = "The report of this enterprise and period",
                            schema = @Schema(type = SchemaType.STRING, format = "uri"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "422", description = "A field is invalid (USCC, period not over yet or January, "
            + "negative values, unit, status), the enterprise is not known here, or a final report would be revised "
            + "by a preliminary one; each is named in errors[]",
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
    @Operation(operationId = "submitStatisticalReportsInBulk", summary = "Submit up to 50,000 monthly reports at once",
            description = "A JSON array of StatisticalReportRequest, or CSV with a header line of the same column names. "
                    + "Every row is checked (period rules, values, unit, duplicates, unknown enterprises, final reports "
                    + "revised by preliminary ones); one invalid row rejects the request with a 422 naming "
                    + "rows[n].field, and nothing is written. Send an Idempotency-Key so a retried upload counts once.")
    @APIResponse(responseCode = "200", description = "What was received and stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "Rows are invalid (each named as rows[n].field), or more than "
            + "50,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitMany(@RequestBody(required = true, content = {
                                       @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                               type = SchemaType.ARRAY, implementation = ReportRequest.class,
                                               maxItems = ReportIntake.MAX_ROWS)),
                                       @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                               description = "A header line of the field names, then one report "
                                                       + "per line (UTF-8)", example = CSV_EXAMPLE))})
                               String body,
                               @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
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
    @Operation(operationId = "getStatisticalReport", summary = "Read the current revision of an enterprise's report",
            description = "The revision that counts for the enterprise and period (the latest one). An enterprise user "
                    + "reads its own reports only.")
    @APIResponse(responseCode = "200", description = "The revision that counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No report of this enterprise for this period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportResponse current(
            @Parameter(description = RequestParameters.USCC, example = "91430112M000100Y4X")
            @PathParam("uscc") String uscc,
            @Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.PERIOD_PATTERN))
            @PathParam("period") String period) {
        Period p = RequestParameters.period(period, "period");
        guard(uscc);
        return reports.current(uscc, p).map(ReportResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No report of " + uscc + " for " + p));
    }

    @GET
    @Path("/{uscc}/{period}/revisions")
    @RolesAllowed(IndicatorRoleSets.REPORT_READERS)
    @Operation(operationId = "listStatisticalReportRevisions",
            summary = "Read every revision of an enterprise's report, oldest first",
            description = "Preliminary and final revisions as they were submitted, with who submitted each and when; "
                    + "the last one is current. An enterprise user reads its own reports only.")
    @APIResponse(responseCode = "200", description = "The revisions; the last one is current")
    @APIResponse(responseCode = "404", description = "No report of this enterprise for this period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReportResponse> revisions(
            @Parameter(description = RequestParameters.USCC, example = "91430112M000100Y4X")
            @PathParam("uscc") String uscc,
            @Parameter(description = RequestParameters.PERIOD, example = "2019-08",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.PERIOD_PATTERN))
            @PathParam("period") String period) {
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
    @Operation(operationId = "listEnterpriseStatisticalReports",
            summary = "Read an enterprise's current reports of a year, by period",
            description = "The current revision of each period of the year the enterprise reported, 1–2月 first; "
                    + "an empty list when it reported none. An enterprise user reads its own reports only.")
    @APIResponse(responseCode = "200", description = "The current revision of each period reported")
    public List<ReportResponse> ofEnterprise(
            @Parameter(description = RequestParameters.USCC, example = "91430112M000100Y4X")
            @PathParam("uscc") String uscc,
            @Parameter(description = "The year, e.g. 2019", required = true, example = "2019")
            @QueryParam("year") Integer year) {
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
