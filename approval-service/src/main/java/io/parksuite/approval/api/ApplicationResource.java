package io.parksuite.approval.api;

import io.parksuite.approval.api.ApplicationDtos.ApplicationRequest;
import io.parksuite.approval.api.ApplicationDtos.StepResponse;
import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.service.Access;
import io.parksuite.approval.service.ApplicationIntake;
import io.parksuite.approval.service.ApplicationView;
import io.parksuite.approval.service.Applications;
import io.parksuite.approval.service.ProjectCopies;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Applications (办件): creation, the lists and one application with its record. The steps of each stage
 * are in the stage's resource, the files in MaterialResource.
 */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "办件: applications for one service item or a bundle (一件事), "
        + "the lists and each application's record")
public class ApplicationResource {

    private final Applications applications;
    private final ApplicationIntake intake;
    private final ProjectCopies projects;
    private final Caller caller;
    private final IdempotencyKeys idempotencyKeys;
    private final ApplicationReads reads;

    public ApplicationResource(Applications applications, ApplicationIntake intake, ProjectCopies projects,
                               Caller caller, IdempotencyKeys idempotencyKeys, ApplicationReads reads) {
        this.applications = applications;
        this.intake = intake;
        this.projects = projects;
        this.caller = caller;
        this.idempotencyKeys = idempotencyKeys;
        this.reads = reads;
    }

    @POST
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(operationId = "createApplication", summary = "Create an application for an item or a bundle",
            description = "A draft, or handed in at once with submit=true (all main materials must then be on file, so "
                    + "usually: create, upload, submit). Form fields the desk already knows about the enterprise are "
                    + "filled in. An enterprise user applies for its own USCC only (403 for another); its application "
                    + "comes in ONLINE, a counter officer's at the COUNTER unless channel says otherwise. A projectId is "
                    + "accepted only when the applicant is the enterprise the desk knows as that project's investor "
                    + "(422 otherwise). With an Idempotency-Key a retried call creates one application. Handed in at "
                    + "once, it publishes parksuite.approval.application-submitted.v1.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                    @Header(name = "Location", description = ApiResponses.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationDtos.Application.class)))
    public Response create(@Valid @NotNull ApplicationRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        String uscc = request.applicantUscc();
        Channel channel = Channel.COUNTER;
        if (caller.isEnterpriseUser()) {
            String own = caller.uscc().orElseThrow(() -> Access.forbidden("The token names no enterprise (uscc claim)"));
            if (uscc != null && !uscc.equals(own)) {
                throw Access.forbidden("An enterprise applies for itself only");
            }
            uscc = own;
            channel = Channel.ONLINE;
        } else if (caller.hasRole(Roles.GOV_SYSTEM)) {
            channel = Channel.ONLINE;
        }
        String applicantUscc = uscc;
        if (request.projectId() != null) {
            projects.requireInvestor(request.projectId(), applicantUscc);
        }
        Channel defaultChannel = channel;
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            ApplicationView created = intake.create(request.toNew(applicantUscc, defaultChannel));
            Application a = created.application();
            return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                    .tag(Versions.etag(a.version)).entity(ApplicationDtos.Application.of(created)).build();
        });
    }

    @GET
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(operationId = "listApplications", summary = "List the applications the caller may see",
            description = "An enterprise sees its own, an officer those involving its department, the service centre all; "
                    + "filtered by status, project and applicant, newest first.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    public Page<ApplicationDtos.Application> list(@Valid @BeanParam PageRequest page,
                                                  @Parameter(description = "Only applications in this status",
                                                          schema = @Schema(implementation = ApplicationStatus.class))
                                                  @QueryParam("status") String status,
                                                  @Parameter(description = "Only applications for this investment project")
                                                  @QueryParam("projectId") UUID projectId,
                                                  @Parameter(description = "Only applications of this enterprise (USCC)",
                                                          example = "91430112MA4L00000U")
                                                  @QueryParam("applicantUscc") String applicantUscc) {
        ApplicationStatus wanted = QueryParams.optionalEnum("status", status, ApplicationStatus.class);
        return applications.search(wanted, projectId, applicantUscc, page).map(ApplicationDtos.Application::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(operationId = "getApplication", summary = "Read an application with its tasks and the steps allowed next",
            description = "The application with its clocks (promised and statutory deadlines in working days), its "
                    + "department tasks and allowedSteps, the steps its status allows next.")
    @APIResponse(responseCode = "200", description = "The application",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationDtos.Application.class)))
    @APIResponse(responseCode = "404", description = "No application with this id, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return reads.read(id).map(RenderedJson::ok);
    }

    @GET
    @Path("/{id}/steps")
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(operationId = "listApplicationSteps", summary = "The application's record: every step with actor, time and notice",
            description = "Every step taken on the application, oldest first, with the written notice (告知书) it produced.")
    @APIResponse(responseCode = "200", description = "Steps, oldest first")
    public List<StepResponse> steps(@PathParam("id") UUID id) {
        return applications.steps(id).stream().map(StepResponse::of).toList();
    }
}
