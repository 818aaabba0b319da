package io.parksuite.project.api;

import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.config.ProjectRoleSets;
import io.parksuite.project.service.LeadTimeFigures;
import io.parksuite.project.service.LeadTimeViews;
import io.parksuite.project.service.LeadTimes;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Lead time, attributed (签约 → 开工 / 投产 split into 政府用时, 企业用时 and construction): for one
 * project and as figures over many, so that leaders see whose time a slow project spent.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline figures")
public class LeadTimeResource {

    private final LeadTimes leadTimes;
    private final LeadTimeFigures figures;
    private final Caller caller;

    public LeadTimeResource(LeadTimes leadTimes, LeadTimeFigures figures, Caller caller) {
        this.leadTimes = leadTimes;
        this.figures = figures;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/lead-time")
    @RolesAllowed(ProjectRoleSets.READERS_AND_INVESTORS)
    @Operation(operationId = "getProjectLeadTime", summary = "Read a project's lead time, attributed",
            description = "签约 → 开工 and 签约 → 投产, the days of [signedOn, milestone) in calendar and working days, each "
                    + "day government time when a GOVERNMENT interval of the project's applications covers it, else "
                    + "enterprise time when an ENTERPRISE interval does, else construction; a milestone not reached is "
                    + "measured to today (OPEN). With the applications whose case timelines count. An enterprise user "
                    + "reads only the projects its enterprise invests in.")
    @APIResponse(responseCode = "200", description = "The lead time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LeadTimeViews.ProjectLeadTime.class)))
    @APIResponse(responseCode = "404", description = Schemas.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeadTimeViews.ProjectLeadTime project(@Parameter(description = Schemas.PROJECT_ID) @PathParam("id") UUID id) {
        return leadTimes.of(caller, id);
    }

    @GET
    @Path("/lead-time")
    @RolesAllowed(ProjectRoleSets.READERS)
    @Operation(operationId = "getLeadTimeFigures", summary = "Read the lead times of the signed projects, grouped",
            description = "Per group: projects, and for 签约 → 开工 and 签约 → 投产 the projects that reached the milestone "
                    + "with the median and mean of each part (total, government, enterprise, construction) in calendar "
                    + "and working days, and the projects still open. groupBy CHAIN, OFFICER (责任人), DESK_OFFICER (受理人 "
                    + "of the applications), YEAR (of signing) or BUNDLE; with DESK_OFFICER and BUNDLE a project counts "
                    + "in the group of each of its applications. At most 10,000 projects.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LeadTimeViews.Figures.class)))
    @APIResponse(responseCode = "422", description = "An unknown groupBy, a bad filter, or more than 10,000 projects "
            + "match; each named in errors[]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeadTimeViews.Figures figures(
            @Parameter(description = "NONE (default), CHAIN, OFFICER, DESK_OFFICER, YEAR or BUNDLE; case-insensitive",
                    schema = @Schema(implementation = LeadTimeFigures.GroupBy.class))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Industry chain code (产业链)",
                    schema = @Schema(implementation = IndustryChain.class))
            @QueryParam("chain") String chain,
            @Parameter(description = "Responsible officer (责任人)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64))
            @QueryParam("officer") String officer,
            @Parameter(description = "Year of signing",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2100"))
            @QueryParam("year") String year) {
        return figures.figures(new LeadTimeFigures.Filters(QueryBounds.text("chain", chain, 48),
                QueryBounds.text("officer", officer, 64), QueryBounds.year("year", year)), groupBy(groupBy));
    }

    private static LeadTimeFigures.GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return LeadTimeFigures.GroupBy.NONE;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(LeadTimeFigures.GroupBy.values()).filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("groupBy", "must be one of " + Arrays.stream(
                        LeadTimeFigures.GroupBy.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
