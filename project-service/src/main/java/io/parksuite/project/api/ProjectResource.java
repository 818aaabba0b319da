package io.parksuite.project.api;

import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.bulk.CsvExport;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.ChangeRequest;
import io.parksuite.platform.paging.Changes;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.ReferenceCodes;
import io.parksuite.project.service.ProjectChanges;
import io.parksuite.project.service.ProjectSearch;
import io.parksuite.project.service.ProjectService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;
import java.util.UUID;

/** Investment projects (招商项目): {@code /api/v1/projects}; their stage changes are {@link ProjectStageResource}. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Investment projects (招商项目): entry, search, export, change feed, history")
public class ProjectResource {

    private static final int MAX_EXPORT_ROWS = 100_000;
    private static final String NO_ENTERPRISE = "-";

    private final ProjectService projects;
    private final ProjectSearch search;
    private final ProjectRules rules;
    private final IdempotencyKeys idempotencyKeys;
    private final Caller caller;
    private final ProjectChanges changes;
    private final ProjectReads reads;

    public ProjectResource(ProjectService projects, ProjectSearch search, ProjectRules rules,
                           IdempotencyKeys idempotencyKeys, Caller caller, ProjectChanges changes, ProjectReads reads) {
        this.projects = projects;
        this.search = search;
        this.rules = rules;
        this.idempotencyKeys = idempotencyKeys;
        this.caller = caller;
        this.changes = changes;
        this.reads = reads;
    }

    @POST
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "createProject", summary = "Enter a project",
            description = "In stage LEAD (线索, default), NEGOTIATING (在谈) or SIGNED (签约) on stageDate (default today, "
                    + "never in the future). The investor's USCC, chainCode, streetCode and conferenceId are checked; an "
                    + "investor whose USCC is registered in the enterprise registry is linked. Publishes "
                    + "parksuite.project.created.v1, and parksuite.project.stage-changed.v1 when entered as SIGNED. With "
                    + "an Idempotency-Key a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "Entered",
            headers = {
                    @Header(name = "Location", description = "The URL of the new project",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = Schemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    public Response create(@Valid @NotNull ProjectRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        return idempotencyKeys.once(idempotencyKey, request, () -> {
            var project = projects.create(request.profile(), request.stage(), request.stageDate(), caller.subject());
            return Response.created(uri.getAbsolutePathBuilder().path(project.id.toString()).build())
                    .tag(Versions.etag(project.version))
                    .entity(Project.of(project, rules))
                    .build();
        });
    }

    @GET
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Filtered and paged, newest first unless sorted; an enterprise user sees only the projects its "
                    + "enterprise invests in (investorUscc is then ignored).")
    public Page<Project> list(@Valid @BeanParam PageRequest page, @BeanParam ProjectFilters filters,
                                      @Parameter(description = "The order; a leading - sorts descending",
                                              schema = @Schema(ref = "ProjectSort", defaultValue = "-createdAt"))
                                      @QueryParam("sort") String sort) {
        return search.search(filters.criteria(sortOf(sort), enterpriseScope()), page)
                .map(p -> Project.of(p, rules));
    }

    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "exportProjects", summary = "Export the projects a search finds as CSV",
            description = "The list's filters and order; Chinese column titles, UTF-8 with a byte-order mark; at most "
                    + "100,000 rows.")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment projects.csv)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"projects.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    example = "项目编号,项目名称,投资方,投资方统一社会信用代码,投资方类型,产业链,计划总投资（元）,投资规模,设计产能,"
                            + "用地面积（亩）,街道,责任人,阶段,阶段日期,签约日期,开工日期,试生产日期,投产日期,先建后验,"
                            + "累计完成投资（元）,到位资金（元）\n"
                            + "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10,比亚迪智能手机生产基地,比亚迪股份有限公司,,世界500强,"
                            + "电子信息,5000000000.00,MAJOR,40000000 台/年,300.00,金山桥街道,李明,投产,2019-09-09,"
                            + "2019-07-01,2019-07-08,2019-08-23,2019-09-09,是,5000000000.00,3000000000.00\n")))
    @APIResponse(responseCode = "422", description = "An invalid filter, or more than 100,000 projects match (narrow the "
            + "filters); each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@BeanParam ProjectFilters filters,
                           @Parameter(description = "The order; a leading - sorts descending",
                                   schema = @Schema(ref = "ProjectSort", defaultValue = "-createdAt"))
                           @QueryParam("sort") String sort) {
        var found = search.search(filters.criteria(sortOf(sort), null), PageRequest.firstRows(MAX_EXPORT_ROWS));
        if (found.total() > MAX_EXPORT_ROWS) {
            throw ProblemException.invalidField("q", found.total() + " projects match; narrow the filters to at most "
                    + MAX_EXPORT_ROWS);
        }
        String csv = new CsvExport<io.parksuite.project.domain.Project>()
                .column("项目编号", p -> p.id)
                .column("项目名称", p -> p.name)
                .column("投资方", p -> p.investorName)
                .column("投资方统一社会信用代码", p -> p.investorUscc)
                .column("投资方类型", p -> p.investorType.label())
                .column("产业链", p -> p.chainCode == null ? null : ReferenceCodes.CHAINS.get(p.chainCode))
                .column("计划总投资（元）", p -> p.plannedInvestmentYuan.toPlainString())
                .column("投资规模", p -> rules.tierOf(p.plannedInvestmentYuan))
                .column("设计产能", p -> p.capacityQuantity == null ? null
                        : p.capacityQuantity.stripTrailingZeros().toPlainString() + (p.capacityUnit == null ? "" : " " + p.capacityUnit))
                .column("用地面积（亩）", p -> p.landAreaMu == null ? null : p.landAreaMu.toPlainString())
                .column("街道", p -> p.streetCode == null ? null : ReferenceCodes.STREETS.get(p.streetCode))
                .column("责任人", p -> p.officer)
                .column("阶段", p -> p.stage.label())
                .column("阶段日期", p -> p.stageDate)
                .column("签约日期", p -> p.signedOn)
                .column("开工日期", p -> p.constructionOn)
                .column("试生产日期", p -> p.trialProductionOn)
                .column("投产日期", p -> p.productionOn)
                .column("先建后验", p -> p.buildBeforeApproval ? "是" : "否")
                .column("累计完成投资（元）", p -> p.completedInvestmentYuan.toPlainString())
                .column("到位资金（元）", p -> p.fundsArrivedYuan.toPlainString())
                .write(found.items());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"projects.csv\"").build();
    }

    @GET
    @Path("/changes")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "listProjectChanges", summary = "Read the projects changed since a point",
            description = "For systems that keep a copy: start with updatedSince (or nothing, for everything), then pass "
                    + "nextCursor back. New projects, data, stage and progress changes all appear; a project changed "
                    + "several times appears once, in its latest state. Stable under concurrent writes.")
    public Changes<Project> changes(@BeanParam ChangeRequest request) {
        return changes.after(request.cursor, request.updatedSince(), request.size()).map(p -> Project.of(p, rules));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "getProject", summary = "Read a project",
            description = "With its stage, milestones, the stages it may move to, its start-up approval and progress. An "
                    + "enterprise user reads only projects whose investor is its enterprise; others answer 404.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = Schemas.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return reads.read(caller, id).map(RenderedJson::ok);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "replaceProject", summary = "Replace a project's data",
            description = "Everything but stage and progress (stage and stageDate are ignored). Needs If-Match; "
                    + "publishes parksuite.project.updated.v1 with the changed fields when something changed.")
    @APIResponse(responseCode = "200", description = "The updated project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    public Response update(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProjectRequest request) {
        var project = projects.update(id, ifMatch, request.profile());
        return Response.ok(Project.of(project, rules)).tag(Versions.etag(project.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getProjectHistory", summary = "Read a project's change history",
            description = "Every revision, oldest first: version, who (subject and client), when, and each changed field.")
    public List<AuditHistory.Revision> history(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return projects.history(caller, id);
    }

    private String enterpriseScope() {
        return caller.isEnterpriseUser() ? caller.uscc().orElse(NO_ENTERPRISE) : null;
    }

    private static ProjectSearch.Sort sortOf(String sort) {
        if (sort == null) {
            return null;
        }
        ProjectSearch.Sort order = ProjectSearch.Sort.fromParameter(sort);
        if (order == null) {
            throw ProblemException.invalidField("sort", "must be one of " + ProjectSearch.Sort.parameters());
        }
        return order;
    }
}
