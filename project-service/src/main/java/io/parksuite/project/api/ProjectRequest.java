package io.parksuite.project.api;

import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.ProjectProfile;
import io.parksuite.project.domain.ProjectStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A project as an officer enters or replaces it. {@code stage} and {@code stageDate} apply on creation only. */
@Schema(name = "ProjectRequest", example = """
        {"name": "比亚迪智能手机生产基地", "investor": {"name": "比亚迪股份有限公司", "type": "FORTUNE_500"},
         "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 5000000000,
         "capacity": {"quantity": 40000000, "unit": "台/年"}, "landAreaMu": 300, "streetCode": "JINSHANQIAO",
         "officer": "李明", "buildBeforeApproval": true, "stage": "NEGOTIATING", "stageDate": "2019-06-10"}""")
public record ProjectRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid InvestorDto investor,
        @Size(max = 48) String chainCode,
        @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal plannedInvestmentYuan,
        @Valid CapacityDto capacity,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal landAreaMu,
        @Size(max = 32) String streetCode,
        @Size(max = 64) String officer,
        UUID conferenceId,
        @Size(max = 300) String sourceNote,
        @Schema(description = "先建后验: construction may start before the start-up approvals conclude")
        Boolean buildBeforeApproval,
        @Schema(description = "Creation only: LEAD (default), NEGOTIATING or SIGNED")
        ProjectStage stage,
        @Schema(description = "Creation only: the date the project reached that stage (default today)")
        LocalDate stageDate) {

    /** The investor: a registered enterprise (uscc) or a prospective one, by name and type. */
    @Schema(name = "Investor")
    public record InvestorDto(
            @Size(max = 18) String uscc,
            @NotBlank @Size(max = 200) String name,
            @NotNull InvestorType type) {
    }

    /** Planned capacity, e.g. 40,000,000 台/年. */
    @Schema(name = "Capacity")
    public record CapacityDto(
            @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal quantity,
            @Size(max = 64) String unit) {
    }

    public ProjectProfile profile() {
        return profile(conferenceId);
    }

    public ProjectProfile profile(UUID conference) {
        return new ProjectProfile(name, blankToNull(investor.uscc()), investor.name(), investor.type(),
                blankToNull(chainCode), plannedInvestmentYuan, capacity == null ? null : capacity.quantity(),
                capacity == null ? null : blankToNull(capacity.unit()), landAreaMu, blankToNull(streetCode),
                blankToNull(officer), conference, blankToNull(sourceNote), Boolean.TRUE.equals(buildBeforeApproval));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
