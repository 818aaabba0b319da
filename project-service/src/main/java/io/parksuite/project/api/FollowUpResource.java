package io.parksuite.project.api;

import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.service.FollowUps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The approval desk's follow-ups of a project's applications, read-only: the project keeps them so
 * that officers see why 投产 is held (an open 先建后验 verification) and that an approval was revoked.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project stages")
public class FollowUpResource {

    private final FollowUps followUps;
    private final Caller caller;

    public FollowUpResource(FollowUps followUps, Caller caller) {
        this.followUps = followUps;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listProjectFollowUps", summary = "List the follow-ups of a project's applications",
            description = "告知承诺 post-checks, 先建后验 verifications and 差评整改 rectifications of the applications that "
                    + "count for the project, as the approval desk last reported them (parksuite.approval."
                    + "follow-up-changed.v1), oldest first; blocksProduction marks the verifications that keep the "
                    + "project from 投产 (OPEN, RECTIFYING or REVOKED). A revoked approval (撤销) shows as REVOKED. An "
                    + "enterprise user reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The follow-ups, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FollowUpResponse> list(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return followUps.of(caller, id).stream().map(FollowUpResponse::of).toList();
    }
}
