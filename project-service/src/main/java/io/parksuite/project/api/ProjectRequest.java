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
@Schema(name = "ProjectRequest", description = "A project as an officer enters or replaces it; stage and stageDate "
        + "apply on creation only", example = """
        {"name": "比亚迪智能手机生产基地", "investor": {"name": "比亚迪股份有限公司", "type": "FORTUNE_500"},
         "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 5000000000,
         "capacity": {"quantity": 40000000, "unit": "台/年"}, "landAreaMu": 300, "streetCode": "JINSHANQIAO",
         "officer": "李明", "buildBeforeApproval": true, "stage": "NEGOTIATING", "stageDate": "2019-06-10"}""")
public record ProjectRequest(
        @Schema(description = "The project's name (项目名称)", example = "比亚迪智能手机生产基地")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Who invests")
        @NotNull @Valid InvestorDto investor,
        @Schema(description = "Industry chain (产业链)", ref = "IndustryChain")
        @Size(max = 48) String chainCode,
        @Schema(description = "Planned total investment (计划总投资) in " + Schemas.MONEY
                + "; decides the tier and whether FAI statistics count the project")
        @NotNull @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal plannedInvestmentYuan,
        @Schema(description = "Planned (design) capacity")
        @Valid CapacityDto capacity,
        @Schema(description = "Land area in mu (亩), at most two decimals")
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal landAreaMu,
        @Schema(description = "Street (街道) the project is located in", ref = "Street")
        @Size(max = 32) String streetCode,
        @Schema(description = "Responsible officer (责任人)", example = "李明")
        @Size(max = 64) String officer,
        @Schema(description = "The signing conference the project came from, if any")
        UUID conferenceId,
        @Schema(description = "Where the lead came from", example = "长沙市招商推介会")
        @Size(max = 300) String sourceNote,
        @Schema(description = "先建后验: construction may start before the start-up approvals conclude (default false)")
        Boolean buildBeforeApproval,
        @Schema(description = "Creation only: LEAD (线索, default), NEGOTIATING (在谈) or SIGNED (签约)")
        ProjectStage stage,
        @Schema(description = "Creation only: the date the project reached that stage, not in the future (default today)")
        LocalDate stageDate) {

    /** The investor: a registered enterprise (uscc) or a prospective one, by name and type. */
    @Schema(name = "Investor", description = "The investor: a registered enterprise (with its USCC) or a prospective "
            + "one, by name and type")
    public record InvestorDto(
            @Schema(description = "Unified social credit code (统一社会信用代码), when the investor is registered in China; "
                    + "checked for length and alphabet", pattern = Schemas.USCC_PATTERN, example = "91430112MA4D00008J")
            @Size(max = 18) String uscc,
            @Schema(description = "The investor's name", example = "比亚迪股份有限公司")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The kind of investor: 世界500强, 上市公司, 龙头企业 or 其他")
            @NotNull InvestorType type) {
    }

    /** Planned capacity, e.g. 40,000,000 台/年. */
    @Schema(name = "Capacity", description = "Planned (design) capacity, e.g. 40,000,000 台/年")
    public record CapacityDto(
            @Schema(description = "The quantity per period of the unit, at most two decimals")
            @DecimalMin("0") @Digits(integer = 18, fraction = 2) BigDecimal quantity,
            @Schema(description = "The unit (设计产能单位)", example = "台/年")
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
