package io.parksuite.approval.api;

import io.parksuite.approval.config.ApprovalRoleSets;
import io.parksuite.approval.api.ApplicationDtos.ApplicationRequest;
import io.parksuite.approval.api.ApplicationDtos.ApplicationResponse;
import io.parksuite.approval.api.ApplicationDtos.DecisionRequest;
import io.parksuite.approval.api.ApplicationDtos.DeficiencyRequest;
import io.parksuite.approval.api.ApplicationDtos.DeliveryRequest;
import io.parksuite.approval.api.ApplicationDtos.RatingRequest;
import io.parksuite.approval.api.ApplicationDtos.RefusalRequest;
import io.parksuite.approval.api.ApplicationDtos.SpecialProcedureRequest;
import io.parksuite.approval.api.ApplicationDtos.StepResponse;
import io.parksuite.approval.api.ApplicationDtos.SupplementRequest;
import io.parksuite.approval.api.ApplicationDtos.VisitRequest;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.approval.service.Access;
import io.parksuite.approval.service.Applications;
import io.parksuite.approval.service.ProjectCopies;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Applications (办件): creation, the lifecycle steps and department decisions; their files are in MaterialResource. */
@Path("/api/v1/approval/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "办件: applications for an item or a bundle and their lifecycle")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such application (or not visible to the caller)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The status does not allow this step; errors[] names the allowed ones",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationResource {

    private final Applications applications;
    private final ProjectCopies projects;
    private final Access access;
    private final Caller caller;
    private final IdempotencyKeys idempotencyKeys;

    public ApplicationResource(Applications applications, ProjectCopies projects, Access access,
                               Caller caller, IdempotencyKeys idempotencyKeys) {
        this.applications = applications;
        this.projects = projects;
        this.access = access;
        this.caller = caller;
        this.idempotencyKeys = idempotencyKeys;
    }

    @POST
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Create an application for an item or a bundle",
            description = "A draft, or handed in at once with submit=true (all main materials must then be on file, so "
                    + "usually: create, upload, submit). Form fields the desk already knows about the enterprise are "
                    + "filled in. An enterprise user applies for its own USCC only. A projectId is accepted only when "
                    + "the applicant is the enterprise the desk knows as that project's investor (422 otherwise). With "
                    + "an Idempotency-Key a retried call creates one application.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
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
            Application a = applications.create(request.toNew(applicantUscc, defaultChannel), access.actor());
            return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                    .tag(Versions.etag(a.version)).entity(response(a)).build();
        });
    }

    @GET
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(summary = "List the applications the caller may see",
            description = "An enterprise sees its own, an officer those involving its department, the service centre all.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, size, total}")
    public Page<ApplicationResponse> list(@Valid @BeanParam PageRequest page, @QueryParam("status") String status,
                                          @QueryParam("projectId") String projectId,
                                          @QueryParam("applicantUscc") String applicantUscc) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        ApplicationStatus wanted = QueryParams.optionalEnum("status", status, ApplicationStatus.class);
        if (wanted != null) {
            where.append(" and status = :status");
            params.and("status", wanted);
        }
        if (projectId != null && !projectId.isBlank()) {
            where.append(" and projectId = :projectId");
            params.and("projectId", QueryParams.uuid("projectId", projectId));
        }
        if (applicantUscc != null && !applicantUscc.isBlank()) {
            where.append(" and applicantUscc = :uscc");
            params.and("uscc", applicantUscc.strip());
        }
        if (!access.seesEverything()) {
            if (access.enterpriseUscc() != null) {
                where.append(" and applicantUscc = :own");
                params.and("own", access.enterpriseUscc());
            } else {
                where.append(" and departmentList like :dept");
                params.and("dept", "%," + (access.officerDept() == null ? "" : access.officerDept()) + ",%");
            }
        }
        var query = Application.<Application>find(where.toString(), Sort.by("createdAt").descending(), params);
        long total = query.count();
        return new Page<>(query.page(page.page(), page.size()).list().stream().map(this::response).toList(),
                page.page(), page.size(), total);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(summary = "Read an application with its tasks and the steps allowed next")
    @APIResponse(responseCode = "200", description = "The application; ETag = its version",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response get(@PathParam("id") String id) {
        Application a = applications.find(QueryParams.uuid("id", id));
        access.requireRead(a);
        return ok(a);
    }

    @GET
    @Path("/{id}/steps")
    @RolesAllowed(ApprovalRoleSets.APPLICATION_READERS)
    @Operation(summary = "The application's record: every step with actor, time and notice")
    @APIResponse(responseCode = "200", description = "Steps in order")
    public List<StepResponse> steps(@PathParam("id") String id) {
        Application a = applications.find(QueryParams.uuid("id", id));
        access.requireRead(a);
        return StepRecord.<StepRecord>list("applicationId", Sort.by("id"), a.id).stream().map(StepResponse::of).toList();
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Hand the application in (接件)", description = "Every required form field and main material must be present.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response submit(@PathParam("id") String id) {
        return applicantStep(id, a -> applications.submit(a, access.actor()));
    }

    @PUT
    @Path("/{id}/form")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Fill in or correct form fields", description = "Merged over the current form data; in DRAFT or "
            + "during 补正 only.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response updateForm(@PathParam("id") String id, @Valid @NotNull ApplicationDtos.FormUpdate request) {
        return applicantStep(id, a -> applications.updateForm(a, request.formData(), access.actor()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Withdraw the application (撤回) before acceptance")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response withdraw(@PathParam("id") String id) {
        return applicantStep(id, a -> applications.withdraw(a, access.actor()));
    }

    @POST
    @Path("/{id}/supply-supplement")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Report the 补正 materials complete (after uploading them)")
    @APIResponse(responseCode = "200", description = "Back to intake",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response supplySupplement(@PathParam("id") String id) {
        return applicantStep(id, a -> applications.supplySupplement(a, access.actor()));
    }

    @POST
    @Path("/{id}/supply-deficiency")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.APPLICANT_STEPS)
    @Operation(summary = "Report the 容缺 materials supplied (after uploading them)")
    @APIResponse(responseCode = "200", description = "Deficiency resolved",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response supplyDeficiency(@PathParam("id") String id) {
        return applicantStep(id, a -> applications.supplyDeficiency(a, access.actor()));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Accept (受理)", description = "Starts the working-day clock and opens one task per department.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response accept(@PathParam("id") String id) {
        return deskStep(id, a -> applications.accept(a, access.actor()));
    }

    @POST
    @Path("/{id}/accept-with-deficiency")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Accept with deficiency (容缺受理)",
            description = "Only secondary, 容缺-eligible materials may be missing; the signed commitment is required; the "
                    + "due date may not pass the promised deadline.")
    @APIResponse(responseCode = "200", description = "Accepted with deficiency",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response acceptWithDeficiency(@PathParam("id") String id, @Valid @NotNull DeficiencyRequest request) {
        return deskStep(id, a -> applications.acceptWithDeficiency(a, request.missingMaterials(), request.commitment(),
                request.dueOn(), access.actor()));
    }

    @POST
    @Path("/{id}/refuse")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Do not accept (不予受理), with reason and written notice")
    @APIResponse(responseCode = "200", description = "Not accepted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response refuse(@PathParam("id") String id, @Valid @NotNull RefusalRequest request) {
        return deskStep(id, a -> applications.refuse(a, request.reason(), access.actor()));
    }

    @POST
    @Path("/{id}/request-supplement")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Request a supplement (补正), once and complete, within 5 working days of intake")
    @APIResponse(responseCode = "200", description = "Supplement requested",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response requestSupplement(@PathParam("id") String id, @Valid @NotNull SupplementRequest request) {
        return deskStep(id, a -> applications.requestSupplement(a, request.items(), request.note(), access.actor()));
    }

    @POST
    @Path("/{id}/special-procedure/start")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Start a special procedure (特别程序): the clock pauses")
    @APIResponse(responseCode = "200", description = "Paused",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response startSpecialProcedure(@PathParam("id") String id, @Valid @NotNull SpecialProcedureRequest request) {
        return deskStep(id, a -> applications.startSpecialProcedure(a, request.kind(), request.reason(), access.actor()));
    }

    @POST
    @Path("/{id}/special-procedure/end")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "End the special procedure: the clock runs again and deadlines move by the pause")
    @APIResponse(responseCode = "200", description = "Resumed",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response endSpecialProcedure(@PathParam("id") String id) {
        return deskStep(id, a -> applications.endSpecialProcedure(a, access.actor()));
    }

    @POST
    @Path("/{id}/tasks/{taskId}/decision")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.TASK_DECIDERS)
    @Operation(summary = "Decide a department's task",
            description = "Only an officer of the task's department. When the last task is decided the application "
                    + "concludes (approved if every department approved) and application-concluded is published.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response decide(@PathParam("id") String id, @PathParam("taskId") String taskId,
                           @Valid @NotNull DecisionRequest request) {
        UUID task = QueryParams.uuid("taskId", taskId);
        boolean approve = switch (request.decision()) {
            case "APPROVED" -> true;
            case "DENIED" -> false;
            default -> throw ProblemException.invalidField("decision", "must be APPROVED or DENIED");
        };
        Application a = applications.lock(QueryParams.uuid("id", id));
        access.requireRead(a);
        ApplicationTask found = ApplicationTask.findById(task);
        if (found != null && found.applicationId.equals(a.id)) {
            access.requireDepartment(found.department);
        }
        applications.decideTask(a, task, approve, request.opinion(), access.actor());
        return ok(a);
    }

    @POST
    @Path("/{id}/deliver")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Deliver the decision (送达)")
    @APIResponse(responseCode = "200", description = "Delivered",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response deliver(@PathParam("id") String id, DeliveryRequest request) {
        return deskStep(id, a -> applications.deliver(a, request == null ? null : request.method(), access.actor()));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Archive (归档)")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response archive(@PathParam("id") String id) {
        return deskStep(id, a -> applications.archive(a, access.actor()));
    }

    @POST
    @Path("/{id}/visits")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.DESK)
    @Operation(summary = "Record a visit in person (counts toward 最多跑一次)")
    @APIResponse(responseCode = "200", description = "Counted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response visit(@PathParam("id") String id, VisitRequest request) {
        return deskStep(id, a -> applications.recordVisit(a, request == null ? null : request.purpose(), access.actor()));
    }

    @POST
    @Path("/{id}/rating")
    @Transactional
    @RolesAllowed(ApprovalRoleSets.RATERS)
    @Operation(summary = "Rate the service (好差评), once per application",
            description = "1 to 5; a rating of 2 or less opens a rectification task due in 15 working days.")
    @APIResponse(responseCode = "200", description = "Rated",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response rate(@PathParam("id") String id, @Valid @NotNull RatingRequest request) {
        Application a = applications.lock(QueryParams.uuid("id", id));
        access.requireApplicant(a);
        applications.rate(a, request.score(), request.comment(), access.actor());
        return ok(a);
    }

    // ---- helpers

    private Response applicantStep(String id, Function<Application, Application> step) {
        Application a = applications.lock(QueryParams.uuid("id", id));
        access.requireApplicantOrDesk(a);
        return ok(step.apply(a));
    }

    private Response deskStep(String id, Function<Application, Application> step) {
        Application a = applications.lock(QueryParams.uuid("id", id));
        access.requireDesk(a);
        return ok(step.apply(a));
    }

    private Response ok(Application a) {
        if (io.quarkus.narayana.jta.QuarkusTransaction.isActive()) {
            a.flush();
        }
        return Response.ok(response(a)).tag(Versions.etag(a.version)).build();
    }

    private ApplicationResponse response(Application a) {
        return ApplicationResponse.of(a, ApplicationTask.of(a.id));
    }
}
