package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.service.EnterpriseImport;
import io.parksuite.enterprise.service.EnterpriseSearch;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.CsvExport;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * The registry's enterprises in and out as files: registration of many at once from CSV or a JSON
 * array, and the CSV export of a search. Beside {@link EnterpriseResource}, under the same path.
 */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Enterprise records keyed by USCC (企业库)")
public class EnterpriseFilesResource {

    private static final int MAX_EXPORT_ROWS = 100_000;

    private final EnterpriseSearch search;
    private final EnterpriseImport enterpriseImport;
    private final BulkRows bulkRows;

    public EnterpriseFilesResource(EnterpriseSearch search, EnterpriseImport enterpriseImport, BulkRows bulkRows) {
        this.search = search;
        this.enterpriseImport = enterpriseImport;
        this.bulkRows = bulkRows;
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(EnterpriseRoleSets.REGISTRARS)
    @Operation(operationId = "registerEnterprisesInBulk", summary = "Register up to 10,000 enterprises at once",
            description = "A JSON array of EnterpriseRequest, or CSV with a header line (the same columns, the contact as "
                    + "contactPerson, contactPhone, contactEmail). Every row is checked; by default one invalid row "
                    + "rejects the request (422 naming rows[n].field) and nothing is written; atomic=false registers the "
                    + "valid rows and reports the others. One parksuite.enterprise.registered.v1 per registered row. "
                    + "Send an Idempotency-Key so a retried upload registers once.")
    @APIResponse(responseCode = "200", description = "What was received, registered and refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkReport.class)))
    public Response registerMany(@RequestBody(required = true, content = {
                                         @Content(mediaType = MediaType.APPLICATION_JSON,
                                                 schema = @Schema(type = SchemaType.ARRAY, implementation = EnterpriseRequest.class,
                                                         maxItems = EnterpriseImport.MAX_ROWS)),
                                         @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                                                 description = "A header line naming the columns, then one enterprise a line",
                                                 example = "uscc,name,streetCode,industryCode,contactPerson,contactPhone\n"
                                                         + "91350100M000100Y43,长沙望城经开区某某科技有限公司,HUANGJINYUAN,3985,李华,0731-88888888\n"))})
                                 String body,
                                 @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @Parameter(description = "false: register the valid rows, report the others",
                                         schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                                 @QueryParam("atomic") String atomicParam,
                                 @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        boolean atomic = QueryParams.flag("atomic", atomicParam, true);
        List<EnterpriseRequest> requests = requests(contentType, body);
        List<RowError> invalid = bulkRows.validate(requests);
        return enterpriseImport.registerOnce(idempotencyKey, body,
                requests.stream().map(EnterpriseRequest::registration).toList(), invalid, atomic);
    }

    /** The rows of an upload: a CSV line flattens the contact, so it is read as an {@link EnterpriseCsvRow}. */
    private List<EnterpriseRequest> requests(String contentType, String body) {
        return BulkRows.isCsv(contentType)
                ? bulkRows.readCsv(body, EnterpriseCsvRow.class, EnterpriseImport.MAX_ROWS).stream()
                        .map(EnterpriseCsvRow::toRequest).toList()
                : bulkRows.readJson(body, EnterpriseRequest.class, EnterpriseImport.MAX_ROWS);
    }

    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed(EnterpriseRoleSets.REGISTRY_READERS)
    @Operation(operationId = "exportEnterprises", summary = "Export the enterprises a search finds as CSV",
            description = "The same filters as the search; Chinese column titles, UTF-8 with a byte-order mark, "
                    + "ordered by USCC; at most 100,000 rows (more matches answer 422: narrow the filters).")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment enterprises.csv)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"enterprises.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    example = "统一社会信用代码,企业名称,英文名称,法定代表人,注册资本（元）,成立日期,地址,街道,行业代码,来源,状态,登记时间\n"
                            + "91350100M000100Y43,长沙望城经开区某某科技有限公司,,张伟,50000000.00,2018-06-01,"
                            + "长沙市望城区金星北路一段,HUANGJINYUAN,3985,LOCAL,ACTIVE,2026-11-27T08:00Z\n")))
    public Response export(@BeanParam EnterpriseFilters filters) {
        Page<Enterprise> found = search.search(filters.criteria(EnterpriseSearch.Sort.USCC),
                PageRequest.firstRows(MAX_EXPORT_ROWS));
        if (found.total() > MAX_EXPORT_ROWS) {
            throw ProblemException.invalidField("q", found.total() + " enterprises match; narrow the filters to at most "
                    + MAX_EXPORT_ROWS);
        }
        String csv = new CsvExport<Enterprise>()
                .column("统一社会信用代码", e -> e.uscc)
                .column("企业名称", e -> e.name)
                .column("英文名称", e -> e.nameEn)
                .column("法定代表人", e -> e.legalRepresentative)
                .column("注册资本（元）", e -> e.registeredCapitalYuan == null ? null : e.registeredCapitalYuan.toPlainString())
                .column("成立日期", e -> e.establishedOn)
                .column("地址", e -> e.address)
                .column("街道", e -> e.streetCode)
                .column("行业代码", e -> e.industryCode)
                .column("来源", e -> e.origin)
                .column("状态", e -> e.status)
                .column("登记时间", e -> e.registeredAt)
                .write(found.items());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"enterprises.csv\"").build();
    }
}
