package io.parksuite.enterprise.api;

import io.parksuite.enterprise.config.EnterpriseRoleSets;
import io.parksuite.enterprise.service.EnterpriseService;
import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The change history of an enterprise record: {@code /api/v1/enterprises/{uscc}/history}. The park
 * sees who made each change; the enterprise sees what changed and when.
 */
@Path("/api/v1/enterprises/{uscc}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "Enterprise records keyed by USCC (企业库)")
public class EnterpriseHistoryResource {

    private final EnterpriseService enterprises;
    private final Caller caller;

    public EnterpriseHistoryResource(EnterpriseService enterprises, Caller caller) {
        this.enterprises = enterprises;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(EnterpriseRoleSets.DETAIL_READERS)
    @Operation(operationId = "getEnterpriseHistory", summary = "Read an enterprise's change history",
            description = "Every revision, oldest first: version, who (subject and client), when, and each changed field. "
                    + "An enterprise user reads its own record's history without who made each change (the park's logins).")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    @APIResponse(responseCode = "404", description = "No enterprise with this USCC (or, for an enterprise user, not its own)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditHistory.Revision> history(@Parameter(description = EnterpriseResource.USCC_PARAMETER,
                                                       example = "91350100M000100Y43")
                                               @PathParam("uscc") String uscc) {
        List<AuditHistory.Revision> revisions = enterprises.historyFor(caller, uscc);
        if (!caller.isEnterpriseUser()) {
            return revisions;
        }
        return revisions.stream()
                .map(r -> new AuditHistory.Revision(r.version(), r.kind(), r.at(), null, null, r.changes()))
                .toList();
    }
}
