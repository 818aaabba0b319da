package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.service.StatutoryExtensions;
import io.parksuite.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** 延期 (行政许可法 第42条): an item's statutory clock inside its department's task, or a bundle's joint-handling clock. */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ExtensionResource {

    private final StatutoryExtensions extensions;

    public ExtensionResource(StatutoryExtensions extensions) {
        this.extensions = extensions;
    }

    /** The extension requested. */
    @Schema(name = "ExtensionRequest", description = "An extension of one item's statutory time limit (延期)")
    public record ExtensionRequest(
            @Schema(description = "The item whose clock is extended", examples = "SCJG-001", required = true)
            @NotBlank @Size(max = 40) String itemCode,
            @Schema(description = "The head of the department who approved it (本机关负责人)", examples = "王局长",
                    required = true) @NotBlank @Size(max = 64) String approvedBy,
            @Schema(description = "Why; shown to the applicant on the application", examples = "需现场核查经营场所",
                    required = true) @NotBlank @Size(max = 500) String reason) {
    }

    /** The joint-handling extension requested. */
    @Schema(name = "JointExtensionRequest", description = "The 15-working-day extension of a bundle's joint-handling "
            + "limit (行政许可法 第42条第2款)")
    public record JointExtensionRequest(
            @Schema(description = "The people's government's responsible person who approved it (本级人民政府负责人)",
                    examples = "李副区长", required = true) @NotBlank @Size(max = 64) String approvedBy,
            @Schema(description = "Why; shown to the applicant on the application", examples = "环评需补充专家论证",
                    required = true) @NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/{id}/tasks/{taskId}/extension")
    @RolesAllowed(ApprovalRoleSets.TASK_DECIDERS)
    @Operation(operationId = "extendItemClock", summary = "Extend an item's statutory time limit (延期)",
            description = "By an officer of the task's department, recording the head of the department who approved "
                    + "it: the item's statutory clock runs the days its law allows longer (10 working days under 行政许可法 "
                    + "第42条), once, before its deadline; refused (409) where the item's own law sets the limit, after "
                    + "the deadline, for a decided task or a second time. The promised deadline stays.")
    @APIResponse(responseCode = "200", description = "Extended; the task's itemClocks show the new deadline and reason",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationDtos.Application.class)))
    @APIResponse(responseCode = "404", description = "No such application visible to the caller, or no such task in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The law allows no extension here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response extend(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                           @Valid @NotNull ExtensionRequest request) {
        return ApplicationResponses.ok(extensions.extend(id, taskId, request.itemCode(), request.approvedBy(),
                request.reason()));
    }

    @POST
    @Path("/{id}/joint-extension")
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(operationId = "extendJointHandling", summary = "Extend a bundle's joint-handling limit by 15 working days",
            description = "By the desk, recording the people's government's responsible person who approved it: a bundle "
                    + "handled jointly has 45 working days (行政许可法 第42条第2款), 15 more once, before the deadline; "
                    + "409 for a single item, after the deadline or a second time.")
    @APIResponse(responseCode = "200", description = "Extended; statutoryExtension and statutoryDeadline show it",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationDtos.Application.class)))
    @APIResponse(responseCode = "404", description = "No such application visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The law allows no extension here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response extendJointHandling(@PathParam("id") UUID id, @Valid @NotNull JointExtensionRequest request) {
        return ApplicationResponses.ok(extensions.extendJointHandling(id, request.approvedBy(), request.reason()));
    }
}
