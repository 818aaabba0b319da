package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.MaterialResponse;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.StoredMaterial;
import io.parksuite.approval.service.Materials;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An application's material files (申请材料): uploaded streamed to disk and on to the configured
 * store, listed and downloaded under the same authorization as the application itself.
 */
@Path("/api/v1/approval/applications/{id}/materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Materials", description = "申请材料: an application's files, uploaded, listed and downloaded under the "
        + "same authorization as the application")
public class MaterialResource {

    private final Materials materials;

    public MaterialResource(Materials materials) {
        this.materials = materials;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "uploadMaterial", summary = "Upload a material file",
            description = "multipart/form-data with the file in part file (application/pdf, image/jpeg or image/png, "
                    + "at most 10 MiB by default), or the file itself as the body with its type as Content-Type; code "
                    + "names the material, fileName the original name (else the part's). The content must be of the "
                    + "declared type (415 otherwise); a part sent as application/octet-stream is typed by its content. Stored with its SHA-256. An application holds at most 50 files "
                    + "and 100 MiB together by default (413 beyond). Files are taken in DRAFT and SUBMITTED, during 补正, "
                    + "and in review for the materials a 容缺受理 left missing (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The URL of the stored file's content",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MaterialResponse.class)))
    @APIResponse(responseCode = "409", description = "The application's status does not take this material now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") UUID id,
                           @Parameter(description = "The material's code, one of the form's materials", required = true,
                                   example = "lease-contract") @QueryParam("code") String code,
                           @Parameter(description = "The original file name, if not the part's", example = "租赁合同.pdf")
                           @QueryParam("fileName") String fileName,
                           @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true)
                           FileUpload file,
                           @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "send the material file in part file");
        }
        String name = fileName != null && !fileName.isBlank() ? fileName : file.fileName();
        return store(id, code, name, file.contentType(), file.uploadedFile(), file.size(), uri);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(hidden = true)
    public Response uploadBody(@PathParam("id") UUID id, @QueryParam("code") String code,
                               @QueryParam("fileName") String fileName,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                               @Context UriInfo uri) {
        Materials.Received received = materials.receive(body);
        try {
            return store(id, code, fileName, contentType, received.file(), received.size(), uri);
        } finally {
            Materials.delete(received.file());
        }
    }

    @GET
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(operationId = "listMaterials", summary = "List the application's material files",
            description = "The descriptions of every file on file for the application, oldest first; the content is "
                    + "downloaded one file at a time.")
    @APIResponse(responseCode = "200", description = "Files, oldest first")
    public List<MaterialResponse> listMaterials(@PathParam("id") UUID id) {
        return materials.of(id).stream().map(MaterialResponse::of).toList();
    }

    @GET
    @Path("/{materialId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(operationId = "downloadMaterial", summary = "Download a material file",
            description = "Same authorization as reading the application, whichever store holds the file; the content "
                    + "is checked against its SHA-256, which is in the Digest and X-Checksum-SHA256 headers.")
    @APIResponse(responseCode = "200", description = "The file, in its stored type",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment, with the original file name (UTF-8)",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Digest", description = "sha-256=<base64 of the SHA-256>",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Checksum-SHA256", description = "The SHA-256 in hex",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{64}$"))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such application visible to the caller, or no such file in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") UUID id, @PathParam("materialId") UUID materialId) {
        Materials.Download download = materials.download(id, materialId);
        StoredMaterial m = download.material();
        return Response.ok(download.content(), m.contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(m.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(m.sha256)))
                .header("X-Checksum-SHA256", m.sha256)
                .build();
    }

    /** Stores an upload already on disk. */
    private Response store(UUID id, String code, String fileName, String contentType, java.nio.file.Path file,
                           long size, UriInfo uri) {
        StoredMaterial m = materials.upload(id, code, fileName, contentType, file, size);
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).path("content").build())
                .entity(MaterialResponse.of(m)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
