package io.parksuite.project.api;

import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.SigningConference;
import io.parksuite.project.service.Conferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of signing conferences (签约大会). */
public final class ConferenceDtos {

    private ConferenceDtos() {
    }

    /** A conference with its whole batch of projects, all signed on {@code heldOn}. */
    @Schema(name = "ConferenceRequest", description = "A signing conference (签约大会) with its whole batch of projects, "
            + "all signed on heldOn", example = """
            {"name": "望城经开区重大产业项目招商签约大会", "heldOn": "2019-05-18", "venue": "望城经开区管委会",
             "projects": [{"name": "杉杉能源锂电正极材料项目", "investor": {"name": "杉杉能源", "type": "LISTED"},
                           "chainCode": "NONFERROUS_ADVANCED_MANUFACTURING", "plannedInvestmentYuan": 5000000000}]}""")
    public record ConferenceRequest(
            @Schema(description = "The conference's name", example = "望城经开区重大产业项目招商签约大会")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The day it was held: every project is signed (签约) on it")
            @NotNull LocalDate heldOn,
            @Schema(description = "Where it was held", example = "望城经开区管委会")
            @Size(max = 200) String venue,
            @Schema(description = "The projects signed at it (their stage, stageDate and conferenceId are ignored)")
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid ProjectRequest> projects) {
    }

    /** A conference and how many projects it brought. */
    @Schema(name = "Conference", description = "A signing conference and how many projects were signed at it",
            example = """
            {"id": "5d1c0a2e-0c55-4c1b-9d7e-8f1f6b1d2a33", "name": "望城经开区重大产业项目招商签约大会",
             "heldOn": "2019-05-18", "venue": "望城经开区管委会", "projectCount": 51}""")
    public record Conference(
            @Schema(required = true, description = "The conference's id") UUID id,
            @Schema(required = true, description = "The conference's name") String name,
            @Schema(required = true, description = "The day it was held") LocalDate heldOn,
            @Schema(description = "Where it was held") String venue,
            @Schema(required = true, description = "The projects signed at it") long projectCount) {
        public static Conference of(Conferences.Held held) {
            return of(held.conference(), held.projects());
        }

        public static Conference of(SigningConference c, long projectCount) {
            return new Conference(c.id, c.name, c.heldOn, c.venue, projectCount);
        }
    }

    /** A conference's figures (see {@link Conferences.Summary}). */
    @Schema(name = "ConferenceSummary", description = "A conference's figures: projects and planned amounts (yuan) "
            + "by investor type and by tier", example = """
            {"conferenceId": "5d1c0a2e-0c55-4c1b-9d7e-8f1f6b1d2a33", "name": "望城经开区重大产业项目招商签约大会",
             "heldOn": "2019-05-18", "projects": 51, "totalPlannedInvestmentYuan": 31850000000,
             "fortune500OrListed": 11, "leading": 6, "atLeastMajor": 3, "atLeastLarge": 12,
             "majorThresholdYuan": 1000000000, "largeThresholdYuan": 100000000,
             "byInvestorType": {"FORTUNE_500": {"count": 4, "plannedInvestmentYuan": 9000000000}},
             "byTier": {"MAJOR": {"count": 3, "plannedInvestmentYuan": 15000000000}}}""")
    public record SummaryResponse(
            @Schema(required = true, description = "The conference's id") UUID conferenceId,
            @Schema(required = true, description = "The conference's name") String name,
            @Schema(required = true, description = "The day it was held") LocalDate heldOn,
            @Schema(required = true, description = "The projects signed at it") long projects,
            @Schema(required = true, description = "Their planned investment in total, yuan")
            BigDecimal totalPlannedInvestmentYuan,
            @Schema(required = true,
                    description = "Projects and planned amount per investor type (世界500强, 上市公司, 龙头企业, 其他)")
            Map<InvestorType, Conferences.Group> byInvestorType,
            @Schema(required = true, description = "Projects of Fortune Global 500 or listed investors")
            long fortune500OrListed,
            @Schema(required = true, description = "Projects of leading firms (龙头企业)") long leading,
            @Schema(required = true, description = "Projects and planned amount per tier")
            Map<InvestmentTier, Conferences.Group> byTier,
            @Schema(required = true, description = "Projects at or above the major threshold (10亿元以上)")
            long atLeastMajor,
            @Schema(required = true,
                    description = "Projects at or above the large threshold (1亿元以上), the major ones included")
            long atLeastLarge,
            @Schema(required = true, description = "The major threshold, yuan") BigDecimal majorThresholdYuan,
            @Schema(required = true, description = "The large threshold, yuan") BigDecimal largeThresholdYuan) {
        public static SummaryResponse of(Conferences.Summary s) {
            return new SummaryResponse(s.conferenceId(), s.name(), s.heldOn(), s.projects(),
                    s.totalPlannedInvestmentYuan(), s.byInvestorType(), s.fortune500OrListed(), s.leading(), s.byTier(),
                    s.atLeastMajor(), s.atLeastLarge(), s.majorThresholdYuan(), s.largeThresholdYuan());
        }
    }
}
