package io.parksuite.project.messaging;

import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectFacts;
import io.parksuite.project.domain.ProjectStage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The full state of a project as every event on {@code project.events} carries it, with the day a
 * signed project is due to start construction under the park's start window, so that consumers
 * count 开工率 by the same rule as the pipeline's KPIs.
 */
public record ProjectSnapshot(UUID id, String name, ProjectFacts.Investor investor, String chainCode,
                              BigDecimal plannedInvestmentYuan, InvestmentTier tier, boolean faiEligible,
                              ProjectFacts.Capacity capacity, BigDecimal landAreaMu, String streetCode, String officer,
                              UUID conferenceId, String sourceNote, boolean buildBeforeApproval, ProjectStage stage,
                              LocalDate stageDate, ProjectStage stalledFrom, ProjectFacts.Milestones milestones,
                              ProjectFacts.StartupApproval approval, BigDecimal completedInvestmentYuan,
                              BigDecimal fundsArrivedYuan, LocalDate startDueOn, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt, long aggregateVersion) {

    public static ProjectSnapshot of(Project p, ProjectRules rules) {
        return new ProjectSnapshot(p.id, p.name, ProjectFacts.Investor.of(p), p.chainCode, p.plannedInvestmentYuan,
                rules.tierOf(p.plannedInvestmentYuan), rules.faiEligible(p.plannedInvestmentYuan),
                ProjectFacts.Capacity.of(p), p.landAreaMu, p.streetCode, p.officer, p.conferenceId, p.sourceNote,
                p.buildBeforeApproval, p.stage, p.stageDate, p.stalledFrom, ProjectFacts.Milestones.of(p),
                ProjectFacts.StartupApproval.of(p), p.completedInvestmentYuan, p.fundsArrivedYuan,
                p.signedOn == null ? null : p.signedOn.plusDays(rules.startOverdueDays()), p.createdAt, p.updatedAt,
                p.version);
    }
}
