package io.parksuite.project.domain;

import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.cache.EvictOnCommit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An investment project (招商项目): its investor, size, place, responsible officer, where it stands
 * in the stage machine with the date of every milestone, its start-up approval and its progress
 * totals. Every revision is kept (Envers) for its change history.
 */
@Entity
@Audited
@Table(name = "project")
@EntityListeners(EvictOnCommit.class)
public class Project extends PanacheEntityBase implements AuditHistory.Historic {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    /** The investor's USCC, when known; a prospective investor has only a name until registered. */
    @Column(name = "investor_uscc", length = 18)
    public String investorUscc;

    @Column(name = "investor_name", nullable = false, length = 200)
    public String investorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "investor_type", nullable = false, length = 16)
    public InvestorType investorType;

    /** True once the investor is known to be registered in the enterprise registry. */
    @Column(name = "investor_linked", nullable = false)
    public boolean investorLinked;

    @Column(name = "chain_code", length = 48)
    public String chainCode;

    @Column(name = "planned_investment_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal plannedInvestmentYuan;

    @Column(name = "capacity_quantity", precision = 20, scale = 2)
    public BigDecimal capacityQuantity;

    @Column(name = "capacity_unit", length = 64)
    public String capacityUnit;

    @Column(name = "capacity_reached_quantity", precision = 20, scale = 2)
    public BigDecimal capacityReachedQuantity;

    @Column(name = "capacity_reached_on")
    public LocalDate capacityReachedOn;

    /** Land area in mu (亩). */
    @Column(name = "land_area_mu", precision = 12, scale = 2)
    public BigDecimal landAreaMu;

    @Column(name = "street_code", length = 32)
    public String streetCode;

    @Column(length = 64)
    public String officer;

    @Column(name = "conference_id")
    public UUID conferenceId;

    @Column(name = "source_note", length = 300)
    public String sourceNote;

    /** 先建后验: construction may start before the start-up approvals conclude. */
    @Column(name = "build_before_approval", nullable = false)
    public boolean buildBeforeApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProjectStage stage;

    /** The date the current stage was reached. */
    @Column(name = "stage_date", nullable = false)
    public LocalDate stageDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "stalled_from", length = 16)
    public ProjectStage stalledFrom;

    /** The date the project entered the pipeline (its first stage). */
    @Column(name = "entered_on", nullable = false)
    public LocalDate enteredOn;

    @Column(name = "lead_on")
    public LocalDate leadOn;
    @Column(name = "negotiating_on")
    public LocalDate negotiatingOn;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "approving_on")
    public LocalDate approvingOn;
    @Column(name = "construction_on")
    public LocalDate constructionOn;
    /** 试生产: trial production, a milestone between 开工 and 投产. */
    @Column(name = "trial_production_on")
    public LocalDate trialProductionOn;
    @Column(name = "production_on")
    public LocalDate productionOn;
    @Column(name = "full_production_on")
    public LocalDate fullProductionOn;
    @Column(name = "stalled_on")
    public LocalDate stalledOn;
    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Column(name = "approval_application_id", length = 64)
    public String approvalApplicationId;

    @Column(name = "approval_submitted_on")
    public LocalDate approvalSubmittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_result", length = 16)
    public ApprovalResult approvalResult;

    @Column(name = "approval_concluded_on")
    public LocalDate approvalConcludedOn;

    /** aggregateVersion of the latest approval event applied, so older ones never overwrite it. */
    @Column(name = "approval_version")
    public Long approvalVersion;

    @Column(name = "completed_investment_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal completedInvestmentYuan = BigDecimal.ZERO;

    @Column(name = "funds_arrived_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal fundsArrivedYuan = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic-lock version; also the events' {@code aggregateVersion} and the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    /** A new project in {@code stage} since {@code on}, created at {@code at}. */
    public static Project open(ProjectProfile profile, ProjectStage stage, LocalDate on, OffsetDateTime at) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.createdAt = at;
        project.apply(profile, at);
        project.stage = stage;
        project.stageDate = on;
        project.enteredOn = on;
        project.setMilestone(stage, on);
        return project;
    }

    /** Replaces the descriptive data at {@code at}; returns the names of the fields that changed. */
    public List<String> apply(ProjectProfile profile, OffsetDateTime at) {
        List<String> changed = ProfileChanges.apply(this, profile);
        if (updatedAt == null || !changed.isEmpty()) {
            updatedAt = at;
        }
        return changed;
    }

    /** Moves the project to {@code to} on {@code on}, recorded at {@code at}; the caller has checked the rules. */
    public void moveTo(ProjectStage to, LocalDate on, OffsetDateTime at) {
        if (to == ProjectStage.STALLED) {
            stalledFrom = stage;
        } else if (stage == ProjectStage.STALLED && to != ProjectStage.TERMINATED) {
            stalledFrom = null;
        }
        stage = to;
        stageDate = on;
        setMilestone(to, on);
        updatedAt = at;
    }

    public void recordTrialProduction(LocalDate on, OffsetDateTime at) {
        trialProductionOn = on;
        updatedAt = at;
    }

    /** The latest date recorded on the project: a new milestone may not be earlier. */
    public LocalDate latestMilestone() {
        LocalDate latest = stageDate;
        if (trialProductionOn != null && trialProductionOn.isAfter(latest)) {
            latest = trialProductionOn;
        }
        return latest;
    }

    public LocalDate milestone(ProjectStage of) {
        return switch (of) {
            case LEAD -> leadOn;
            case NEGOTIATING -> negotiatingOn;
            case SIGNED -> signedOn;
            case APPROVING -> approvingOn;
            case CONSTRUCTION -> constructionOn;
            case PRODUCTION -> productionOn;
            case FULL_PRODUCTION -> fullProductionOn;
            case STALLED -> stalledOn;
            case TERMINATED -> terminatedOn;
        };
    }

    public void setMilestone(ProjectStage of, LocalDate on) {
        switch (of) {
            case LEAD -> leadOn = on;
            case NEGOTIATING -> negotiatingOn = on;
            case SIGNED -> signedOn = on;
            case APPROVING -> approvingOn = on;
            case CONSTRUCTION -> constructionOn = on;
            case PRODUCTION -> productionOn = on;
            case FULL_PRODUCTION -> fullProductionOn = on;
            case STALLED -> stalledOn = on;
            case TERMINATED -> terminatedOn = on;
        }
    }

    /** Whether the start-up approvals allow construction to start: approved, or 先建后验. */
    public boolean mayStartConstruction() {
        return buildBeforeApproval || approvalResult == ApprovalResult.APPROVED;
    }

    public void linkInvestor(String uscc, String registeredName, OffsetDateTime at) {
        investorUscc = uscc;
        investorName = registeredName;
        investorLinked = true;
        updatedAt = at;
    }

    /** Marks the project changed at {@code at}, for the change feed. */
    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    @Override
    public long historyVersion() {
        return version;
    }

    /** The values a history shows, by field name, in a stable order. */
    @Override
    public Map<String, Object> historyValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("investorUscc", investorUscc);
        values.put("investorName", investorName);
        values.put("investorType", investorType);
        values.put("investorLinked", investorLinked);
        values.put("chainCode", chainCode);
        values.put("plannedInvestmentYuan", plain(plannedInvestmentYuan));
        values.put("capacityQuantity", plain(capacityQuantity));
        values.put("capacityUnit", capacityUnit);
        values.put("capacityReachedQuantity", plain(capacityReachedQuantity));
        values.put("capacityReachedOn", capacityReachedOn);
        values.put("landAreaMu", plain(landAreaMu));
        values.put("streetCode", streetCode);
        values.put("officer", officer);
        values.put("conferenceId", conferenceId);
        values.put("sourceNote", sourceNote);
        values.put("buildBeforeApproval", buildBeforeApproval);
        values.put("stage", stage);
        values.put("stageDate", stageDate);
        values.put("trialProductionOn", trialProductionOn);
        values.put("approvalResult", approvalResult);
        values.put("approvalConcludedOn", approvalConcludedOn);
        values.put("completedInvestmentYuan", plain(completedInvestmentYuan));
        values.put("fundsArrivedYuan", plain(fundsArrivedYuan));
        return values;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
