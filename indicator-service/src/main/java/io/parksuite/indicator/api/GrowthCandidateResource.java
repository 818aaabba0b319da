package io.parksuite.indicator.api;

import io.parksuite.indicator.config.IndicatorRoleSets;
import io.parksuite.indicator.domain.growth.Programme;
import io.parksuite.indicator.domain.growth.Standing;
import io.parksuite.indicator.service.GrowthAssessments;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import java.util.List;
import java.util.Locale;

/**
 * 瞪羚 / 独角兽 预警: runs the growth-programme assessment of a year and lists the enterprises that
 * meet or near the criteria. Enterprise-level statistics, so the statistics office only.
 */
@Path("/api/v1/indicators/growth-candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(IndicatorRoleSets.STATISTICS_OFFICE)
@Tag(name = "Growth candidates", description = "瞪羚 (gazelle) and 独角兽 (unicorn) early warning: enterprises that "
        + "meet or near the province's criteria, from the reports, annual figures and the registry's valuations")
public class GrowthCandidateResource {

    private final GrowthAssessments assessments;

    public GrowthCandidateResource(GrowthAssessments assessments) {
        this.assessments = assessments;
    }

    /** The year to assess. */
    @Schema(name = "GrowthAssessmentRequest", description = "The year to assess", example = "{\"year\": 2018}")
    public record AssessmentRequest(
            @NotNull @Schema(description = "A complete year, 2000 or later", example = "2018") Integer year) {
    }

    /** What an assessment run did. */
    @Schema(name = "GrowthAssessmentSummary", description = "What an assessment run did", example = """
            {"year": 2018, "province": "HUNAN", "criteriaVersion": "湖南省瞪羚企业认定标准（园区口径）2019",
             "assessed": 120, "meets": 2, "near": 3, "published": 5}""")
    public record AssessmentSummary(
            @Schema(description = "The assessed year") int year,
            @Schema(description = "The province whose criteria were applied", example = "HUNAN") String province,
            @Schema(description = "The criteria's name and version") String criteriaVersion,
            @Schema(description = "Active enterprises assessed") int assessed,
            @Schema(description = "Assessments (enterprise × programme) that meet every criterion") int meets,
            @Schema(description = "Assessments within the margins") int near,
            @Schema(description = "Changed standings published on indicator.events") int published) {
    }

    /** The candidates of a year. */
    @Schema(name = "GrowthCandidates", description = "The enterprises that meet or near a programme's criteria",
            requiredProperties = {"year", "province", "criteriaVersion", "candidates"})
    public record Candidates(
            @Schema(description = "The assessed year", example = "2018") int year,
            @Schema(description = "The province whose criteria apply", example = "HUNAN") String province,
            @Schema(description = "The criteria's name and version") String criteriaVersion,
            @Schema(description = "By programme, standing (MEETS first) and USCC") List<GrowthCandidateResponse> candidates) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessGrowthCandidates", summary = "Assess every active enterprise for a year",
            description = "Applies the configured province's criteria (瞪羚: age, revenue floor, three-year compound "
                    + "growth of revenue or profit by revenue band, R&D intensity, excluded sectors; 独角兽: age and a "
                    + "dated, sourced valuation from the registry) to the year's figures, replaces the year's "
                    + "assessment, and publishes each changed standing as parksuite.indicator.growth-candidate-flagged.v1. "
                    + "Running it again without new figures publishes nothing.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentSummary.class)))
    @APIResponse(responseCode = "422", description = "The year is missing, not complete yet or before 2000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentSummary assess(@Valid @NotNull AssessmentRequest request) {
        GrowthAssessments.Summary summary = assessments.assess(request.year());
        return new AssessmentSummary(summary.year(), summary.province(), summary.criteriaVersion(),
                summary.assessed(), summary.meets(), summary.near(), summary.published());
    }

    @GET
    @Operation(operationId = "listGrowthCandidates", summary = "The enterprises that meet or near a programme's criteria",
            description = "From the year's last assessment; empty when the year was not assessed.")
    @APIResponse(responseCode = "200", description = "The candidates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Candidates.class)))
    @APIResponse(responseCode = "422", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Candidates candidates(
            @Parameter(description = "The assessed year", required = true, example = "2018",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$")) @QueryParam("year") String year,
            @Parameter(description = "GAZELLE or UNICORN; both when absent",
                    schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme,
            @Parameter(description = "MEETS or NEAR; both when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"MEETS", "NEAR"}))
            @QueryParam("standing") String standing) {
        if (year == null || !year.matches("\\d{4}")) {
            throw ProblemException.invalidField("year", "is required, a year such as 2018");
        }
        Programme wantedProgramme = programme == null ? null : parse(Programme.class, programme, "programme");
        Standing wantedStanding = standing == null ? null : parse(Standing.class, standing, "standing");
        if (wantedStanding == Standing.NONE) {
            throw ProblemException.invalidField("standing", "must be MEETS or NEAR");
        }
        int assessedYear = Integer.parseInt(year);
        return new Candidates(assessedYear, assessments.province(), assessments.criteriaVersion(),
                assessments.candidates(assessedYear, wantedProgramme, wantedStanding).stream()
                        .map(GrowthCandidateResponse::of).toList());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
