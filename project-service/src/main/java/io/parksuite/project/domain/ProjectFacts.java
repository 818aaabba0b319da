package io.parksuite.project.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Value views of a project's parts, shared by its API representation and its event snapshot. */
public final class ProjectFacts {

    private ProjectFacts() {
    }

    /** The investor: a registered enterprise (linked, with USCC) or a prospective one (name and type). */
    @Schema(name = "ProjectInvestor", description = "The investor: a registered enterprise (with its USCC) or a "
            + "prospective one (name and type)")
    public record Investor(
            @Schema(description = "Unified social credit code (统一社会信用代码)", example = "91430112MA4D00008J") String uscc,
            @Schema(description = "The investor's name", example = "比亚迪股份有限公司") String name,
            @Schema(description = "The kind of investor") InvestorType type,
            @Schema(description = "Whether the USCC belongs to an enterprise of the registry") boolean linked) {
        public static Investor of(Project p) {
            return new Investor(p.investorUscc, p.investorName, p.investorType, p.investorLinked);
        }
    }

    /** Planned capacity (e.g. 40 million phones a year) and what has been reached. */
    @Schema(name = "ProjectCapacity", description = "Planned capacity (e.g. 40,000,000 台/年) and what has been reached")
    public record Capacity(
            @Schema(description = "Planned quantity") BigDecimal quantity,
            @Schema(description = "The unit", example = "台/年") String unit,
            @Schema(description = "The quantity reached, as reported") BigDecimal reachedQuantity,
            @Schema(description = "The date the reported quantity was reached") LocalDate reachedOn) {
        public static Capacity of(Project p) {
            return new Capacity(p.capacityQuantity, p.capacityUnit, p.capacityReachedQuantity, p.capacityReachedOn);
        }
    }

    /** The date each milestone was reached, null while not reached. */
    @Schema(name = "Milestones", description = "The date each milestone was reached; null while not reached")
    public record Milestones(
            @Schema(description = "线索") LocalDate lead,
            @Schema(description = "在谈") LocalDate negotiating,
            @Schema(description = "签约") LocalDate signed,
            @Schema(description = "审批") LocalDate approving,
            @Schema(description = "开工") LocalDate construction,
            @Schema(description = "试生产") LocalDate trialProduction,
            @Schema(description = "投产") LocalDate production,
            @Schema(description = "达产") LocalDate fullProduction,
            @Schema(description = "停滞 (the latest time)") LocalDate stalled,
            @Schema(description = "终止") LocalDate terminated) {
        public static Milestones of(Project p) {
            return new Milestones(p.leadOn, p.negotiatingOn, p.signedOn, p.approvingOn, p.constructionOn,
                    p.trialProductionOn, p.productionOn, p.fullProductionOn, p.stalledOn, p.terminatedOn);
        }
    }

    /** The start-up approval application as approval-service reported it (开工审批). */
    @Schema(name = "StartupApproval", description = "The start-up approval application (开工审批) as the approval desk "
            + "reported it")
    public record StartupApproval(
            @Schema(description = "The application's id at the approval desk") String applicationId,
            @Schema(description = "The day it was submitted") LocalDate submittedOn,
            @Schema(description = "The outcome, once concluded") ApprovalResult result,
            @Schema(description = "The day it was concluded") LocalDate concludedOn) {
        public static StartupApproval of(Project p) {
            return new StartupApproval(p.approvalApplicationId, p.approvalSubmittedOn, p.approvalResult,
                    p.approvalConcludedOn);
        }
    }
}
