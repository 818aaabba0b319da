package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.ServiceItem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The service-item catalogue (事项清单): public to read, maintained by the service centre. */
@Path("/api/v1/approval/service-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service items", description = "The catalogue of government service items (事项)")
@APIResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "Search the catalogue (public, no token)",
            description = "Filter by department code, a fragment of the name or code, and online capability; paged.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    public Page<ServiceItemDto> list(@Valid @BeanParam PageRequest page, @QueryParam("department") String department,
                                     @QueryParam("q") String q, @QueryParam("onlineCapable") String onlineCapable) {
        Boolean online = QueryParams.optionalBoolean("onlineCapable", onlineCapable);
        return catalogue.search(department, q, online, page).map(ServiceItemDto::of);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Read one service item (public, no token)")
    @APIResponse(responseCode = "200", description = "The item; ETag = its version",
            content = @Content(schema = @Schema(implementation = ServiceItemDto.class)))
    @APIResponse(responseCode = "404", description = "No such item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code) {
        ServiceItem item = catalogue.item(code);
        return Response.ok(ServiceItemDto.of(item)).tag(Versions.etag(item.version)).build();
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, ApiResponses.CSV})
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Export the whole catalogue (public, no token)",
            description = "format=json (default) gives rows the import accepts; format=csv a flat table with Chinese "
                    + "column titles for people.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public Response export(@QueryParam("format") @DefaultValue("json") String format) {
        List<ServiceItem> items = catalogue.all();
        if ("csv".equalsIgnoreCase(format)) {
            String csv = new CsvExport<ServiceItem>()
                    .column("事项编码", i -> i.code)
                    .column("事项名称", i -> i.name)
                    .column("实施部门", i -> i.departmentName)
                    .column("部门编码", i -> i.department)
                    .column("事项类型", i -> i.itemType)
                    .column("办件类型", i -> i.handlingMode)
                    .column("法定时限（工作日）", i -> i.statutoryLimitDays)
                    .column("承诺时限（工作日）", i -> i.promisedLimitDays)
                    .column("申请材料数", i -> i.materials.size())
                    .column("收费（元）", i -> i.feeYuan.toPlainString())
                    .column("网上可办", i -> i.onlineCapable ? "是" : "否")
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
        return Response.ok(items.stream().map(ServiceItemDto::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(summary = "Add a service item")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ServiceItemDto.class)))
    @APIResponse(responseCode = "409", description = "The code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ServiceItemDto request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            ServiceItem item = catalogue.create(request.toDefinition());
            return Response.created(uri.getAbsolutePathBuilder().path(item.code).build())
                    .tag(Versions.etag(item.version)).entity(ServiceItemDto.of(item)).build();
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(summary = "Replace a service item", description = "Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ServiceItemDto.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, @Valid @NotNull ServiceItemDto request,
                           @HeaderParam("If-Match") String ifMatch) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "must equal the code in the path, " + code);
        }
        ServiceItem item = catalogue.update(code, request.toDefinition(), ifMatch);
        return Response.ok(ServiceItemDto.of(item)).tag(Versions.etag(item.version)).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(summary = "Import service items (create or replace), all or nothing",
            description = "A JSON array of ServiceItem, e.g. the export. Every row is checked first; one invalid row "
                    + "rejects the import (422 naming rows[n].field) and nothing is written.")
    @APIResponse(responseCode = "200", description = "Rows received and imported",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    public Response importItems(String body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<ServiceItemDto> rows = bulkRows.readJson(body, ServiceItemDto.class, MAX_IMPORT_ROWS);
        List<RowError> invalid = bulkRows.validate(rows);
        BulkRows.requireAllValid(rows, invalid, row -> Catalogue.problems(row.toDefinition()), ServiceItemDto::code, "code");
        List<ItemDefinition> items = rows.stream().map(ServiceItemDto::toDefinition).toList();
        return idempotencyKeys.once(idempotencyKey, body, () ->
                Response.ok(new BulkReport(rows.size(), catalogue.upsertAll(items), List.of())).build());
    }
}
