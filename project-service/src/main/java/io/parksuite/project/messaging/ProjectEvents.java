package io.parksuite.project.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parksuite.platform.outbox.Outbox;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.StageTransition;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pipeline's events on {@code project.events} (key = project id): each carries the project's
 * full snapshot (schemas in contracts/events) and, for a change, what changed; recorded through
 * the outbox in the caller's transaction, after the project was flushed so that its version is
 * the stored one.
 */
@ApplicationScoped
public class ProjectEvents {

    public static final String AGGREGATE_TYPE = "project";
    public static final String CREATED = "parksuite.project.created.v1";
    public static final String UPDATED = "parksuite.project.updated.v1";
    public static final String STAGE_CHANGED = "parksuite.project.stage-changed.v1";
    public static final String INVESTMENT_REPORTED = "parksuite.project.investment-reported.v1";
    public static final String FUNDS_ARRIVED = "parksuite.project.funds-arrived.v1";

    private final Outbox outbox;
    private final ProjectRules rules;

    public ProjectEvents(Outbox outbox, ProjectRules rules) {
        this.outbox = outbox;
        this.rules = rules;
    }

    public void created(Project project) {
        outbox.record(AGGREGATE_TYPE, project.id.toString(), CREATED, ProjectSnapshot.of(project, rules));
    }

    public void updated(Project project, List<String> changedFields) {
        outbox.record(AGGREGATE_TYPE, project.id.toString(), UPDATED,
                new Updated(ProjectSnapshot.of(project, rules), changedFields));
    }

    public void stageChanged(Project project, StageTransition transition) {
        outbox.record(AGGREGATE_TYPE, project.id.toString(), STAGE_CHANGED, new StageChanged(
                ProjectSnapshot.of(project, rules), transition.fromStage, transition.toStage, transition.occurredOn,
                transition.actor, transition.note, transition.skipReason));
    }

    public void investmentReported(Project project, String period, BigDecimal completedYuan) {
        outbox.record(AGGREGATE_TYPE, project.id.toString(), INVESTMENT_REPORTED, new InvestmentReported(
                ProjectSnapshot.of(project, rules), period, completedYuan));
    }

    /** One {@link #INVESTMENT_REPORTED} per month, all carrying the project's current snapshot. */
    public void investmentsReported(Project project, List<Month> months) {
        ProjectSnapshot snapshot = ProjectSnapshot.of(project, rules);
        for (Month month : months) {
            outbox.record(AGGREGATE_TYPE, project.id.toString(), INVESTMENT_REPORTED,
                    new InvestmentReported(snapshot, month.period(), month.completedYuan()));
        }
    }

    /** A month's completed investment as reported. */
    public record Month(String period, BigDecimal completedYuan) {
    }

    public void fundsArrived(Project project, LocalDate arrivedOn, BigDecimal amountYuan, String reference) {
        outbox.record(AGGREGATE_TYPE, project.id.toString(), FUNDS_ARRIVED, new FundsArrived(
                ProjectSnapshot.of(project, rules), arrivedOn, amountYuan, reference));
    }

    /** Payload of {@link #UPDATED}: the snapshot and the names of the fields that changed. */
    record Updated(@JsonUnwrapped ProjectSnapshot snapshot, List<String> changedFields) {
    }

    /** Payload of {@link #STAGE_CHANGED}: the snapshot, from, to, the business date, who and why. */
    record StageChanged(@JsonUnwrapped ProjectSnapshot snapshot, ProjectStage from, ProjectStage to, LocalDate date,
                        String actor, String note, String skipReason) {
    }

    /** Payload of {@link #INVESTMENT_REPORTED}: the month and its completed investment (faiEligible is in the snapshot). */
    record InvestmentReported(@JsonUnwrapped ProjectSnapshot snapshot, String period, BigDecimal completedYuan) {
    }

    /** Payload of {@link #FUNDS_ARRIVED}: the arrival and its confirming reference. */
    record FundsArrived(@JsonUnwrapped ProjectSnapshot snapshot, LocalDate arrivedOn, BigDecimal amountYuan,
                        String reference) {
    }
}
