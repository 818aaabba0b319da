package io.parksuite.project.api;

import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.service.ParkClock;
import io.parksuite.project.service.PipelineFigures;
import io.parksuite.project.service.PipelineViews;
import io.parksuite.project.service.ProjectDurations;
import io.parksuite.project.service.ProjectProgress;
import io.parksuite.project.service.ProjectService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** The pipeline's figures: board, KPIs, overdue starts and a project's durations. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline figures", description = "Board, KPIs (履约率, 开工率, 投产率, 资金到位率), overdue starts, durations")
public class PipelineResource {

    private final PipelineFigures figures;
    private final ProjectDurations durations;
    private final ProjectService projects;
    private final ParkClock clock;
    private final Caller caller;

    public PipelineResource(PipelineFigures figures, ProjectDurations durations, ProjectService projects,
                            ParkClock clock, Caller caller) {
        this.figures = figures;
        this.durations = durations;
        this.projects = projects;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Path("/board")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getPipelineBoard", summary = "Read the pipeline board",
            description = "Projects, planned and completed investment per stage, every stage listed in pipeline order. "
                    + "year filters on the year a project entered the pipeline.")
    public PipelineViews.Board board(
            @Parameter(description = "Industry chain code (产业链)",
                    schema = @Schema(implementation = IndustryChain.class))
            @QueryParam("chain") String chain,
            @Parameter(description = "Responsible officer", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("officer") String officer,
            @Parameter(description = "Year the projects entered the pipeline",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
            @QueryParam("year") String year) {
        return figures.board(filters(chain, officer, QueryBounds.year("year", year)));
    }

    @GET
    @Path("/kpis")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getPipelineKpis", summary = "Read the KPIs of the projects signed in a period",
            description = "Over the cohort signed from `from` to `to` (months, default this year): 履约率 (started / signed), "
                    + "开工率 (started within the start window / signed), 投产率 (in production / signed), 资金到位率 (funds "
                    + "arrived / planned), average signing→production days, and the period's completed FAI-eligible "
                    + "investment; optionally per chain or officer. asOf (default today) gives the figures as they stood "
                    + "at the end of that day: the cohort signed by then, the milestones and funds dated on or before it.")
    @APIResponse(responseCode = "200", description = "The KPIs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PipelineViews.Kpis.class)))
    @APIResponse(responseCode = "422", description = "A malformed month, to before from, a period longer than 120 "
            + "months, an unknown groupBy, or an asOf that is not a date or is before the period's first day; each "
            + "named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PipelineViews.Kpis kpis(
            @Parameter(description = "First month, YYYY-MM (default January of this year); the period spans at most "
                    + "120 months", example = "2019-01",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$"))
            @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM (default this month)", example = "2019-12",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$"))
            @QueryParam("to") String to,
            @Parameter(description = "The day, YYYY-MM-DD, whose end the figures stand as of (default today): not "
                    + "before the period's first day, in the years 1900 to 2100; it may be after the period",
                    example = "2019-09-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Industry chain code (产业链)",
                    schema = @Schema(implementation = IndustryChain.class))
            @QueryParam("chain") String chain,
            @Parameter(description = "Responsible officer", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("officer") String officer,
            @Parameter(description = "One KPI row per chain or per officer besides the total",
                    schema = @Schema(ref = "GroupBy", defaultValue = "NONE"))
            @QueryParam("groupBy") String groupBy) {
        YearMonth now = clock.thisMonth();
        YearMonth first = from == null ? YearMonth.of(now.getYear(), 1) : month("from", from);
        YearMonth last = to == null ? now : month("to", to);
        QueryBounds.kpiPeriod(first, last);
        LocalDate day = QueryBounds.date("asOf", asOf);
        PipelineFigures.GroupBy grouping = QueryParams.optionalEnum("groupBy", groupBy, PipelineFigures.GroupBy.class);
        return figures.kpis(first, last, day, filters(chain, officer, null),
                grouping == null ? PipelineFigures.GroupBy.NONE : grouping);
    }

    @GET
    @Path("/alerts/overdue-starts")
    @RolesAllowed(ProjectRoleSets.START_FOLLOWERS)
    @Operation(operationId = "listOverdueStarts", summary = "List signed projects overdue to start construction",
            description = "Signed, not started (开工) and not terminated more than parksuite.project.start-overdue-days "
                    + "after signing, as of asOf (default today); longest overdue first.")
    public Page<PipelineViews.OverdueStart> overdueStarts(
            @Valid @BeanParam PageRequest page,
            @Parameter(description = "The day to judge on, in the years 1900 to 2100 (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Industry chain code (产业链)",
                    schema = @Schema(implementation = IndustryChain.class))
            @QueryParam("chain") String chain,
            @Parameter(description = "Responsible officer", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("officer") String officer) {
        LocalDate given = QueryBounds.date("asOf", asOf);
        return figures.overdueStarts(given == null ? clock.today() : given, filters(chain, officer, null), page);
    }

    @GET
    @Path("/{id}/durations")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "getProjectDurations", summary = "Read how long a project took from signing",
            description = "Calendar days from signing to construction, trial production and production, and working "
                    + "days from signing to production (the BYD phone plant: 70). An enterprise user reads only the "
                    + "projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The durations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDurations.Durations.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectDurations.Durations durations(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return durations.of(projects.findFor(caller, id));
    }

    private static YearMonth month(String name, String value) {
        try {
            return ProjectProgress.period(value.strip());
        } catch (ProblemException e) {
            throw ProblemException.invalidField(name, "must be a month YYYY-MM");
        }
    }

    private static PipelineFigures.Filters filters(String chain, String officer, Integer year) {
        return new PipelineFigures.Filters(QueryBounds.text("chain", chain, 48), QueryBounds.text("officer", officer, 64),
                year);
    }
}
