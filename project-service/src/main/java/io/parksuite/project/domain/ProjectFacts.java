package io.parksuite.project.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Value views of a project's parts, shared by its API representation and its event snapshot. */
public final class ProjectFacts {

    private ProjectFacts() {
    }

    /** The investor: a registered enterprise (linked, with USCC) or a prospective one (name and type). */
    public record Investor(String uscc, String name, InvestorType type, boolean linked) {
        public static Investor of(Project p) {
            return new Investor(p.investorUscc, p.investorName, p.investorType, p.investorLinked);
        }
    }

    /** Planned capacity (e.g. 40 million phones a year) and what has been reached. */
    public record Capacity(BigDecimal quantity, String unit, BigDecimal reachedQuantity, LocalDate reachedOn) {
        public static Capacity of(Project p) {
            return new Capacity(p.capacityQuantity, p.capacityUnit, p.capacityReachedQuantity, p.capacityReachedOn);
        }
    }

    /** The date each milestone was reached, null while not reached. */
    public record Milestones(LocalDate lead, LocalDate negotiating, LocalDate signed, LocalDate approving,
                             LocalDate construction, LocalDate trialProduction, LocalDate production,
                             LocalDate fullProduction, LocalDate stalled, LocalDate terminated) {
        public static Milestones of(Project p) {
            return new Milestones(p.leadOn, p.negotiatingOn, p.signedOn, p.approvingOn, p.constructionOn,
                    p.trialProductionOn, p.productionOn, p.fullProductionOn, p.stalledOn, p.terminatedOn);
        }
    }

    /** The start-up approval application as approval-service reported it (开工审批). */
    public record StartupApproval(String applicationId, LocalDate submittedOn, ApprovalResult result,
                                  LocalDate concludedOn) {
        public static StartupApproval of(Project p) {
            return new StartupApproval(p.approvalApplicationId, p.approvalSubmittedOn, p.approvalResult,
                    p.approvalConcludedOn);
        }
    }
}
