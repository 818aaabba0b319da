package io.parksuite.project.api;

import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.Project;
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
@Schema(name = "Project", example = """
        {"id": "0b7c3c1e-6f0e-4a53-9b1e-3d7f1c2a9e10", "name": "比亚迪智能手机生产基地",
         "investor": {"uscc": null, "name": "比亚迪股份有限公司", "type": "FORTUNE_500", "linked": false},
         "chainCode": "ELECTRONIC_INFORMATION", "chainName": "电子信息", "plannedInvestmentYuan": 5000000000,
         "tier": "MAJOR", "faiEligible": true, "capacity": {"quantity": 40000000, "unit": "台/年"},
         "stage": "PRODUCTION", "stageLabel": "投产", "stageDate": "2019-09-09",
         "allowedTransitions": ["FULL_PRODUCTION", "STALLED", "TERMINATED"],
         "milestones": {"signed": "2019-07-01", "trialProduction": "2019-08-23", "production": "2019-09-09"},
         "version": 5}""")
public record ProjectResponse(UUID id, String name, ProjectFacts.Investor investor, String chainCode, String chainName,
                              BigDecimal plannedInvestmentYuan, InvestmentTier tier, boolean faiEligible,
                              ProjectFacts.Capacity capacity, BigDecimal landAreaMu, String streetCode, String officer,
                              UUID conferenceId, String sourceNote, boolean buildBeforeApproval, ProjectStage stage,
                              String stageLabel, LocalDate stageDate, ProjectStage stalledFrom,
                              List<ProjectStage> allowedTransitions, ProjectFacts.Milestones milestones,
                              ProjectFacts.StartupApproval approval, BigDecimal completedInvestmentYuan,
                              BigDecimal fundsArrivedYuan, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              long version) {

    public static ProjectResponse of(Project p, ProjectRules rules) {
        return new ProjectResponse(p.id, p.name, ProjectFacts.Investor.of(p), p.chainCode,
                p.chainCode == null ? null : ReferenceCodes.CHAINS.get(p.chainCode), p.plannedInvestmentYuan,
                rules.tierOf(p.plannedInvestmentYuan), rules.faiEligible(p.plannedInvestmentYuan),
                ProjectFacts.Capacity.of(p), p.landAreaMu, p.streetCode, p.officer, p.conferenceId, p.sourceNote,
                p.buildBeforeApproval, p.stage, p.stage.label(), p.stageDate, p.stalledFrom,
                StageMachine.allowedTargets(p.stage, p.stalledFrom), ProjectFacts.Milestones.of(p),
                ProjectFacts.StartupApproval.of(p), p.completedInvestmentYuan, p.fundsArrivedYuan, p.createdAt,
                p.updatedAt, p.version);
    }
}
