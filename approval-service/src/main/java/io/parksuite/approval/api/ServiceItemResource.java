package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.Catalogue;
import io.parksuite.approval.service.ItemDefinition;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.CsvExport;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The service-item catalogue (事项清单): public to read, maintained by the service centre. */
@Path("/api/v1/approval/service-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service items", description = "事项清单: the catalogue of government service items with their departments, "
        + "statutory and promised time limits, materials and form")
public class ServiceItemResource {

    public static final int MAX_IMPORT_ROWS = 5_000;

    private final Catalogue catalogue;
    private final BulkRows bulkRows;
    private final IdempotencyKeys idempotencyKeys;

    public ServiceItemResource(Catalogue catalogue, BulkRows bulkRows, IdempotencyKeys idempotencyKeys) {
        this.catalogue = catalogue;
        this.bulkRows = bulkRows;
        this.idempotencyKeys = idempotencyKeys;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "searchServiceItems", summary = "Search the catalogue (public, no token)",
            description = "Filter by department code, a fragment of the name or code, and online capability; paged, "
                    + "in code order.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    public Page<ServiceItem> list(@Valid @BeanParam PageRequest page,
                                  @Parameter(description = "Department code", example = "market-regulation")
                                  @QueryParam("department") String department,
                                  @Parameter(description = "A fragment of the item's name or code", example = "设立登记")
                                  @QueryParam("q") String q,
                                  @Parameter(description = "Only items that can (true) or cannot (false) be handled online",
                                          schema = @Schema(type = SchemaType.BOOLEAN))
                                  @QueryParam("onlineCapable") String onlineCapable) {
        Boolean online = QueryParams.optionalBoolean("onlineCapable", onlineCapable);
        return catalogue.search(department, q, online, page).map(ServiceItem::of);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getServiceItem", summary = "Read one service item (public, no token)",
            description = "The item with its materials (main or secondary, 容缺-eligible), its form and its limits.")
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceItem.class)))
    @APIResponse(responseCode = "404", description = "No service item with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code) {
        var item = catalogue.item(code);
        return Response.ok(ServiceItem.of(item)).tag(Versions.etag(item.version)).build();
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, ApiResponses.CSV})
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "exportServiceItems", summary = "Export the whole catalogue (public, no token)",
            description = "format=json (default) gives rows the import accepts; format=csv a flat table with Chinese "
                    + "column titles for people (UTF-8).")
    @APIResponse(responseCode = "200", description = "The catalogue, in code order",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceItem.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "A header line of Chinese column titles (事项编码, 事项名称, …), one line per item"))})
    public Response export(@Parameter(description = "json: rows for the import; csv: a table for people",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"},
                                           defaultValue = "json"))
                           @QueryParam("format") @DefaultValue("json") String format) {
        var items = catalogue.all();
        if ("csv".equalsIgnoreCase(format)) {
            String csv = new CsvExport<io.parksuite.approval.domain.ServiceItem>()
                    .column("事项编码", i -> i.code)
                    .column("事项名称", i -> i.name)
                    .column("实施部门", i -> i.departmentName)
                    .column("部门编码", i -> i.department)
                    .column("事项类型", i -> i.itemType)
                    .column("事项类别", i -> i.itemKind)
                    .column("办件类型", i -> i.handlingMode)
                    .column("法定时限（工作日）", i -> i.statutoryLimitDays)
                    .column("承诺时限（工作日）", i -> i.promisedLimitDays)
                    .column("申请材料数", i -> i.materials.size())
                    .column("收费（元）", i -> i.feeYuan.toPlainString())
                    .column("网上可办", i -> i.onlineCapable ? "是" : "否")
                    .column("办理深度", i -> i.handlingDepth)
                    .column("告知承诺", i -> i.notifyCommitEligible ? "是" : "否")
                    .column("先建后验", i -> i.buildFirstEligible ? "是" : "否")
                    .column("最多跑动次数", i -> i.maxVisits)
                    .write(items);
            return Response.ok(csv, ApiResponses.CSV)
                    .header("Content-Disposition", "attachment; filename=\"service-items.csv\"").build();
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw ProblemException.invalidField("format", "must be json or csv");
        }
        return Response.ok(items.stream().map(ServiceItem::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "createServiceItem", summary = "Add a service item",
            description = "The code is the item's key. An administrative licence needs a statutory limit; the promised "
                    + "limit (承诺时限) may not exceed it, and an IMMEDIATE item (即办件) promises 0 working days; "
                    + "itemKind and handlingDepth agree with itemType, onlineCapable and maxVisits; "
                    + "material codes are unique within the item (422 naming the field otherwise). With an "
                    + "Idempotency-Key a retried call adds one item.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                    @Header(name = "Location", description = ApiResponses.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceItem.class)))
    @APIResponse(responseCode = "409", description = "A service item with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ServiceItem request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            var item = catalogue.create(request.toDefinition());
            return Response.created(uri.getAbsolutePathBuilder().path(item.code).build())
                    .tag(Versions.etag(item.version)).entity(ServiceItem.of(item)).build();
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "replaceServiceItem", summary = "Replace a service item",
            description = "Send If-Match with the ETag you read; the code in the body must equal the path's. The same "
                    + "rules as for adding an item apply.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceItem.class)))
    public Response update(@PathParam("code") String code, @Valid @NotNull ServiceItem request,
                           @HeaderParam("If-Match") String ifMatch) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "must equal the code in the path, " + code);
        }
        var item = catalogue.update(code, request.toDefinition(), ifMatch);
        return Response.ok(ServiceItem.of(item)).tag(Versions.etag(item.version)).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "importServiceItems", summary = "Import service items (create or replace), all or nothing",
            description = "A JSON array of up to 5,000 ServiceItem, e.g. the export. Every row is checked first; one "
                    + "invalid row rejects the import (422 naming rows[n].field) and nothing is written. With an "
                    + "Idempotency-Key a retried call imports once.")
    @APIResponse(responseCode = "200", description = "Rows received and imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response importItems(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceItem.class,
                                                maxItems = MAX_IMPORT_ROWS)))
                                String body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<ServiceItem> rows = bulkRows.readJson(body, ServiceItem.class, MAX_IMPORT_ROWS);
        List<RowError> invalid = bulkRows.validate(rows);
        BulkRows.requireAllValid(rows, invalid, row -> Catalogue.problems(row.toDefinition()), ServiceItem::code, "code");
        List<ItemDefinition> items = rows.stream().map(ServiceItem::toDefinition).toList();
        return idempotencyKeys.once(idempotencyKey, body, () ->
                Response.ok(new BulkReport(rows.size(), catalogue.upsertAll(items), List.of())).build());
    }
}
