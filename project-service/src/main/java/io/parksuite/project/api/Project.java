package io.parksuite.project.api;

import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.ProjectFacts;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.ReferenceCodes;
import io.parksuite.project.domain.StageMachine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A project as the API shows it: its data, stage with milestones, the moves open to it, approval and progress. */
@Schema(name = "Project", description = "An investment project (招商项目) with its stage, milestones, the stages it may "
        + "move to, its start-up approval and progress", example = """
        {"id": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "name": "比亚迪智能手机生产基地",
         "investor": {"name": "比亚迪股份有限公司", "type": "FORTUNE_500", "linked": false},
         "chainCode": "ELECTRONIC_INFORMATION", "chainName": "电子信息", "plannedInvestmentYuan": 5000000000,
         "tier": "MAJOR", "faiEligible": true, "capacity": {"quantity": 40000000, "unit": "台/年"},
         "landAreaMu": 300, "streetCode": "JINSHANQIAO", "officer": "李明", "buildBeforeApproval": true,
         "stage": "PRODUCTION", "stageLabel": "投产", "stageDate": "2019-09-09",
         "allowedTransitions": ["FULL_PRODUCTION", "STALLED", "TERMINATED"],
         "milestones": {"signed": "2019-07-01", "construction": "2019-07-08", "trialProduction": "2019-08-23",
                        "production": "2019-09-09"},
         "approval": {"applicationId": "A-1", "submittedOn": "2019-07-05", "result": "APPROVED",
                      "concludedOn": "2019-07-08"},
         "completedInvestmentYuan": 5000000000, "fundsArrivedYuan": 3000000000,
         "createdAt": "2019-06-10T02:00:00Z", "updatedAt": "2019-09-09T08:30:00Z", "version": 5}""")
public record Project(
        @Schema(required = true, description = "The project's id") UUID id,
        @Schema(required = true, description = "The project's name (项目名称)") String name,
        @Schema(required = true, description = "Who invests") ProjectFacts.Investor investor,
        @Schema(description = "Industry chain code (产业链)", ref = "IndustryChain") String chainCode,
        @Schema(description = "The chain's Chinese name", example = "电子信息") String chainName,
        @Schema(required = true, description = "Planned total investment (计划总投资), yuan")
        BigDecimal plannedInvestmentYuan,
        @Schema(required = true,
                description = "Size class by planned investment: MAJOR (10亿元以上), LARGE (1亿元以上), STANDARD")
        InvestmentTier tier,
        @Schema(required = true,
                description = "Whether fixed-asset investment statistics count the project (planned ≥ 5 million yuan)")
        boolean faiEligible,
        @Schema(required = true, description = "Planned capacity and what has been reached")
        ProjectFacts.Capacity capacity,
        @Schema(description = "Land area in mu (亩)") BigDecimal landAreaMu,
        @Schema(description = "Street code (街道)", ref = "Street") String streetCode,
        @Schema(description = "Responsible officer (责任人)") String officer,
        @Schema(description = "The signing conference the project came from") UUID conferenceId,
        @Schema(description = "Where the lead came from") String sourceNote,
        @Schema(required = true, description = "先建后验: construction may start before the start-up approvals conclude")
        boolean buildBeforeApproval,
        @Schema(required = true, description = "The current stage") ProjectStage stage,
        @Schema(required = true, description = "The stage's Chinese name", example = "投产") String stageLabel,
        @Schema(required = true, description = "The date the project reached its current stage") LocalDate stageDate,
        @Schema(description = "While STALLED: the stage the project stalled in") ProjectStage stalledFrom,
        @Schema(required = true, description = "The stages POST …/transitions may move the project to now")
        List<ProjectStage> allowedTransitions,
        @Schema(required = true, description = "The date each milestone was reached")
        ProjectFacts.Milestones milestones,
        @Schema(required = true, description = "The start-up approval application (开工审批); its fields stay empty "
                + "until one is submitted") ProjectFacts.StartupApproval approval,
        @Schema(required = true, description = "Completed fixed-asset investment, all months, yuan")
        BigDecimal completedInvestmentYuan,
        @Schema(required = true, description = "Funds arrived (到位资金) in total, yuan") BigDecimal fundsArrivedYuan,
        @Schema(required = true, description = "When the project was entered") OffsetDateTime createdAt,
        @Schema(required = true, description = "When the project last changed") OffsetDateTime updatedAt,
        @Schema(required = true, description = "The version; the ETag carries it") long version) {

    public static Project of(io.parksuite.project.domain.Project p, ProjectRules rules) {
        return new Project(p.id, p.name, ProjectFacts.Investor.of(p), p.chainCode,
                p.chainCode == null ? null : ReferenceCodes.CHAINS.get(p.chainCode), p.plannedInvestmentYuan,
                rules.tierOf(p.plannedInvestmentYuan), rules.faiEligible(p.plannedInvestmentYuan),
                ProjectFacts.Capacity.of(p), p.landAreaMu, p.streetCode, p.officer, p.conferenceId, p.sourceNote,
                p.buildBeforeApproval, p.stage, p.stage.label(), p.stageDate, p.stalledFrom,
                StageMachine.allowedTargets(p.stage, p.stalledFrom), ProjectFacts.Milestones.of(p),
                ProjectFacts.StartupApproval.of(p), p.completedInvestmentYuan, p.fundsArrivedYuan, p.createdAt,
                p.updatedAt, p.version);
    }
}
