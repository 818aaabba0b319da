package io.parksuite.project.api;

import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.FundsArrival;
import io.parksuite.project.service.ProjectProgress;
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

/** A project's progress: {@code /api/v1/projects/{id}/investments|funds|capacity-reached|capacity-reports}. */
@Path("/api/v1/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project progress", description = "Monthly fixed-asset investment, funds arrived (到位资金), capacity reached")
public class ProgressResource {

    private final ProjectProgress progress;
    private final ProjectRules rules;
    private final Caller caller;

    public ProgressResource(ProjectProgress progress, ProjectRules rules, Caller caller) {
        this.progress = progress;
        this.rules = rules;
        this.caller = caller;
    }

    @PUT
    @Path("/investments/{period}")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "reportMonthlyInvestment", summary = "Report a month's completed fixed-asset investment",
            description = "固定资产投资完成额 of one month, not a future one; replaces the month if it was reported before. "
                    + "The project's faiEligible says whether FAI statistics count it (planned ≥ 5 million yuan). "
                    + "Publishes parksuite.project.investment-reported.v1.")
    @APIResponse(responseCode = "200", description = "The month as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressDtos.MonthlyInvestmentResponse.class)))
    @APIResponse(responseCode = "409", description = "The project was never signed (线索 or 在谈)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An invalid amount, or a period that is malformed or in the future; "
            + "each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressDtos.MonthlyInvestmentResponse reportInvestment(
            @Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id,
            @Parameter(description = "The month, YYYY-MM, not in the future", example = "2019-08",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$"))
            @PathParam("period") String period,
                                                                   @Valid @NotNull ProgressDtos.InvestmentReport report) {
        return ProgressDtos.MonthlyInvestmentResponse.of(
                progress.reportInvestment(id, period, report.completedYuan(), caller.subject()));
    }

    @GET
    @Path("/investments")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listMonthlyInvestments", summary = "List a project's monthly investment",
            description = "Oldest month first. An enterprise user reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The months, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProgressDtos.MonthlyInvestmentResponse.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProgressDtos.MonthlyInvestmentResponse> investments(
            @Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return progress.investments(caller, id).stream().map(ProgressDtos.MonthlyInvestmentResponse::of).toList();
    }

    @POST
    @Path("/funds")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "recordFundsArrival", summary = "Record funds arrived (到位资金)",
            description = "With the reference of the confirming document, unique per project (a repeated reference is a "
                    + "409, so a retry records once); arrivedOn not in the future. Publishes "
                    + "parksuite.project.funds-arrived.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressDtos.FundsResponse.class)))
    @APIResponse(responseCode = "409", description = "The reference is already recorded, or the project is not signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordFunds(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id, @Valid @NotNull ProgressDtos.FundsRequest request) {
        FundsArrival arrival = progress.recordFunds(id, request.arrivedOn(), request.amountYuan(),
                request.reference(), caller.subject());
        return Response.status(201).entity(ProgressDtos.FundsResponse.of(arrival)).build();
    }

    @GET
    @Path("/funds")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listFundsArrivals", summary = "List the funds arrived for a project",
            description = "Oldest first. An enterprise user reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The arrivals, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProgressDtos.FundsResponse.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProgressDtos.FundsResponse> funds(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return progress.funds(caller, id).stream().map(ProgressDtos.FundsResponse::of).toList();
    }

    @POST
    @Path("/capacity-reached")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "reportCapacityReached", summary = "Report the capacity a project in production has reached",
            description = "As of a date between the production date and today, in the planned capacity's unit. Needs "
                    + "If-Match. Records a capacity report like POST …/capacity-reports (a date already reported is a 409); "
                    + "the project's capacity shows the latest date reported, so an older date joins the series without "
                    + "changing it. Publishes parksuite.project.updated.v1 when the latest changes.")
    @APIResponse(responseCode = "200", description = "The project with the capacity reached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Project.class)))
    @APIResponse(responseCode = "409", description = "The project is not in production (投产 or 达产), or the date is "
            + "already reported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response capacityReached(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ProgressDtos.CapacityReport report) {
        var project = progress.recordCapacity(id, ifMatch, report.quantity(), report.date(), caller.subject());
        return Response.ok(Project.of(project, rules)).tag(Versions.etag(project.version)).build();
    }

    @POST
    @Path("/capacity-reports")
    @RolesAllowed(ProjectRoleSets.WRITERS)
    @Operation(operationId = "reportCapacity", summary = "Report the capacity reached as of a date (产能)",
            description = "One report per project and date, kept beside the earlier ones; a date already reported is a "
                    + "409 (a report is kept as recorded: report a later date to update the figure). The date lies between "
                    + "the production date (投产) and today; the unit is the planned capacity's (the default). The project's "
                    + "capacity.reachedQuantity and reachedOn follow the latest date reported, so an older report joins the "
                    + "series without overwriting them. Publishes parksuite.project.updated.v1 when the latest changes.")
    @APIResponse(responseCode = "201", description = "Recorded, with its share of the planned capacity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressDtos.RecordedCapacityReport.class)))
    @APIResponse(responseCode = "404", description = "No project with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The date is already reported, or the project is not in production "
            + "(投产 or 达产)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A quantity not above 0, a date in the future or before production, "
            + "a unit other than the plan's; each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportCapacity(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id,
                                   @Valid @NotNull ProgressDtos.CapacityReportRequest request) {
        ProjectProgress.RecordedCapacity recorded = progress.reportCapacity(id, request.date(), request.quantity(),
                request.unit(), request.note(), caller.subject());
        return Response.status(201).entity(ProgressDtos.RecordedCapacityReport.of(recorded.report(),
                recorded.project().capacityQuantity, recorded.project().capacityUnit)).build();
    }

    @GET
    @Path("/capacity-reports")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "listCapacityReports", summary = "List a project's capacity reports beside its planned capacity",
            description = "Oldest date first, each with its share of the planned capacity (percent, one decimal). An "
                    + "enterprise user reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The planned capacity and the reports, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressDtos.CapacitySeries.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressDtos.CapacitySeries capacityReports(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        ProjectProgress.CapacityHistory history = progress.capacityReports(caller, id);
        return ProgressDtos.CapacitySeries.of(history.project().id, history.project().capacityQuantity,
                history.project().capacityUnit, history.reports());
    }
}
