package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.service.BundleDefinition;
import io.parksuite.approval.service.Catalogue;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Bundles (一件事): public to read with their merged form, maintained by the service centre. */
@Path("/api/v1/approval/bundles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bundles", description = "一件事: service items applied for together with one merged form (一张表), "
        + "parallel department tasks and one promised limit")
public class BundleResource {

    public static final int MAX_IMPORT_ROWS = 500;

    private final Catalogue catalogue;
    private final BulkRows bulkRows;
    private final IdempotencyKeys idempotencyKeys;

    public BundleResource(Catalogue catalogue, BulkRows bulkRows, IdempotencyKeys idempotencyKeys) {
        this.catalogue = catalogue;
        this.bulkRows = bulkRows;
        this.idempotencyKeys = idempotencyKeys;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listBundles", summary = "List bundles with their merged forms (public, no token)",
            description = "Every bundle in code order, each with its merged form and materials, its departments and "
                    + "its promised limit.")
    @APIResponse(responseCode = "200", description = "Every bundle")
    public List<BundleResponse> list() {
        return catalogue.bundles().stream().map(this::response).toList();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getBundle", summary = "Read one bundle with its merged form (public, no token)",
            description = "The bundle's items merged into one form: a field or material several items ask for appears "
                    + "once (fieldsSaved counts the fields saved).")
    @APIResponse(responseCode = "200", description = "The bundle",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BundleResponse.class)))
    @APIResponse(responseCode = "404", description = "No bundle with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code) {
        Bundle bundle = catalogue.bundle(code);
        return Response.ok(response(bundle)).tag(Versions.etag(bundle.version)).build();
    }

    @POST
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "createBundle", summary = "Define a bundle",
            description = "Every item code must be in the catalogue (422 naming the unknown ones). The promised limit "
                    + "is at most 45 working days (行政许可法 第42条第2款) and at most the longest statutory limit among "
                    + "its items, its departments deciding in parallel (422 on promisedLimitDays naming the items "
                    + "that bound it). With an Idempotency-Key a retried call defines one bundle.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                    @Header(name = "Location", description = ApiResponses.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BundleResponse.class)))
    @APIResponse(responseCode = "409", description = "A bundle with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull BundleDto request, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            Bundle bundle = catalogue.saveBundle(request.toDefinition(), true);
            return Response.created(uri.getAbsolutePathBuilder().path(bundle.code).build())
                    .tag(Versions.etag(bundle.version)).entity(response(bundle)).build();
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "replaceBundle", summary = "Replace a bundle's name, description, items and promise",
            description = "Send If-Match with the ETag you read; the code in the body must equal the path's, every "
                    + "item code must be in the catalogue, the promised limit within the law as on creation (422 "
                    + "naming the items that bound it); without promisedLimitDays the bundle keeps its promise.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BundleResponse.class)))
    public Response update(@PathParam("code") String code, @Valid @NotNull BundleDto request,
                           @HeaderParam("If-Match") String ifMatch) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "must equal the code in the path, " + code);
        }
        Bundle bundle = catalogue.updateBundle(code, request.toDefinition(), ifMatch);
        return Response.ok(response(bundle)).tag(Versions.etag(bundle.version)).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(ApprovalRoleSets.SERVICE_CENTRE)
    @Operation(operationId = "importBundles", summary = "Define or replace several bundles, all or nothing",
            description = "A JSON array of up to 500 bundles. Every row is checked first; one invalid row (or an "
                    + "unknown item code, or a promise the law does not allow) rejects the import (422 naming "
                    + "rows[n].field) and nothing is written. With "
                    + "an Idempotency-Key a retried call imports once.")
    @APIResponse(responseCode = "200", description = "Rows received and imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    public Response importBundles(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                          schema = @Schema(type = SchemaType.ARRAY, implementation = BundleDto.class,
                                                  maxItems = MAX_IMPORT_ROWS)))
                                  String body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        List<BundleDto> rows = bulkRows.readJson(body, BundleDto.class, MAX_IMPORT_ROWS);
        BulkRows.requireAllValid(rows, bulkRows.validate(rows), row -> catalogue.bundleProblems(row.toDefinition()),
                BundleDto::code, "code");
        List<BundleDefinition> bundles = rows.stream().map(BundleDto::toDefinition).toList();
        return idempotencyKeys.once(idempotencyKey, body, () ->
                Response.ok(new BulkReport(rows.size(), catalogue.saveBundles(bundles), List.of())).build());
    }

    private BundleResponse response(Bundle bundle) {
        List<ServiceItem> items = catalogue.itemsOf(bundle);
        return BundleResponse.of(bundle, items);
    }
}
