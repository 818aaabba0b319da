package io.parksuite.project.api;

import io.parksuite.project.domain.SigningConference;
import io.parksuite.project.service.Conferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of signing conferences (签约大会). */
public final class ConferenceDtos {

    private ConferenceDtos() {
    }

    /** A conference with its whole batch of projects, all signed on {@code heldOn}. */
    @Schema(name = "ConferenceRequest", example = """
            {"name": "望城经开区重大产业项目招商签约大会", "heldOn": "2019-05-18", "venue": "望城经开区管委会",
             "projects": [{"name": "杉杉能源锂电正极材料项目", "investor": {"name": "杉杉能源", "type": "LISTED"},
                           "chainCode": "NONFERROUS_ADVANCED_MANUFACTURING", "plannedInvestmentYuan": 5000000000}]}""")
    public record ConferenceRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate heldOn,
            @Size(max = 200) String venue,
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid ProjectRequest> projects) {
    }

    /** A conference and how many projects it brought. */
    @Schema(name = "Conference", example = """
            {"id": "5d1c0a2e-0c55-4c1b-9d7e-8f1f6b1d2a33", "name": "望城经开区重大产业项目招商签约大会",
             "heldOn": "2019-05-18", "venue": "望城经开区管委会", "projectCount": 51}""")
    public record ConferenceResponse(UUID id, String name, LocalDate heldOn, String venue, long projectCount) {
        public static ConferenceResponse of(Conferences.Held held) {
            return of(held.conference(), held.projects());
        }

        public static ConferenceResponse of(SigningConference c, long projectCount) {
            return new ConferenceResponse(c.id, c.name, c.heldOn, c.venue, projectCount);
        }
    }

    /** A conference's figures (see {@link Conferences.Summary}). */
    @Schema(name = "ConferenceSummary", example = """
            {"projects": 51, "totalPlannedInvestmentYuan": 31850000000, "fortune500OrListed": 11, "leading": 6,
             "atLeastMajor": 3, "atLeastLarge": 12,
             "byInvestorType": {"FORTUNE_500": {"count": 4, "plannedInvestmentYuan": 9000000000}},
             "byTier": {"MAJOR": {"count": 3, "plannedInvestmentYuan": 15000000000}}}""")
    public record SummaryResponse(UUID conferenceId, String name, LocalDate heldOn, long projects,
                                  java.math.BigDecimal totalPlannedInvestmentYuan,
                                  java.util.Map<io.parksuite.project.domain.InvestorType, Conferences.Group> byInvestorType,
                                  long fortune500OrListed, long leading,
                                  java.util.Map<io.parksuite.project.domain.InvestmentTier, Conferences.Group> byTier,
                                  long atLeastMajor, long atLeastLarge, java.math.BigDecimal majorThresholdYuan,
                                  java.math.BigDecimal largeThresholdYuan) {
        public static SummaryResponse of(Conferences.Summary s) {
            return new SummaryResponse(s.conferenceId(), s.name(), s.heldOn(), s.projects(),
                    s.totalPlannedInvestmentYuan(), s.byInvestorType(), s.fortune500OrListed(), s.leading(), s.byTier(),
                    s.atLeastMajor(), s.atLeastLarge(), s.majorThresholdYuan(), s.largeThresholdYuan());
        }
    }
}
