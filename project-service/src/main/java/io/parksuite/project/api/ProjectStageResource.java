package io.parksuite.project.api;

import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.service.ProjectTransitions;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * A project's way through the stage machine (线索 → … → 达产): stage changes and the trial-production
 * milestone, under {@code /api/v1/projects/{id}}. Changes with the stage rules, not with the project's data.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project stages", description = "A project's way through the stage machine: 线索 → 在谈 → 签约 → 审批 → 开工 → "
        + "投产 → 达产, 停滞 and 终止, and the 试生产 milestone")
public class ProjectStageResource {

    private final ProjectTransitions transitions;
    private final ProjectRules rules;
    private final Caller caller;

    public ProjectStageResource(ProjectTransitions transitions, ProjectRules rules, Caller caller) {
        this.transitions = transitions;
        this.rules = rules;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "changeProjectStage", summary = "Move a project to another stage",
            description = "线索 → 在谈 → 签约 → 审批 → 开工 → 投产 → 达产, plus 停滞 (resumable) and 终止. The date may not be "
                    + "earlier than the latest milestone nor in the future; skipping stages needs skipReason; 开工 needs "
                    + "the start-up approval concluded with approval unless buildBeforeApproval (先建后验). Needs If-Match; "
                    + "publishes parksuite.project.stage-changed.v1.")
    @APIResponse(responseCode = "200", description = "The project in its new stage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current stage (the detail names the allowed "
            + "ones) or the start-up approval is pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An invalid field, a date in the future or before the latest "
            + "milestone, or a skip without skipReason; each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response transition(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        var project = transitions.transition(id, ifMatch, request.to(), request.date(), request.note(),
                request.skipReason(), caller.subject());
        return Response.ok(Project.of(project, rules)).tag(Versions.etag(project.version)).build();
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listProjectTransitions", summary = "List a project's stage changes",
            description = "Oldest first, from the entry into the pipeline, with date, actor, note and skip reason. An "
                    + "enterprise user reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The stage changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionResponse.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TransitionResponse> transitions(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return transitions.history(caller, id).stream().map(TransitionResponse::of).toList();
    }

    @POST
    @Path("/{id}/trial-production")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "recordTrialProduction", summary = "Record trial production (试生产)",
            description = "A milestone after 开工 and before 投产. Needs If-Match; publishes parksuite.project.updated.v1.")
    @APIResponse(responseCode = "200", description = "The project with its trial-production date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    @APIResponse(responseCode = "409", description = "The project is not under construction (开工), or its trial "
            + "production was already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response trialProduction(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MilestoneRequest request) {
        var project = transitions.recordTrialProduction(id, ifMatch, request.date());
        return Response.ok(Project.of(project, rules)).tag(Versions.etag(project.version)).build();
    }
}
