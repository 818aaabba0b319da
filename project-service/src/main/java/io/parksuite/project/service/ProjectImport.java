package io.parksuite.project.service;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.domain.ApprovalResult;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectProfile;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports projects together with the history they already have (a park's existing ledger): each
 * is entered, then its stage changes are replayed through the same rules as live transitions and its capacity
 * reports recorded as live ones are.
 * All or nothing: the first row that breaks a rule is named and nothing is saved.
 */
@ApplicationScoped
public class ProjectImport {

    public static final int MAX_ROWS = 10_000;
    public static final String NOTE = "台账导入";

    /** A row as the service takes it: no profile when it failed Bean Validation; no stage is 线索, no date today. */
    public record Row(ProjectProfile profile, ProjectStage stage, LocalDate stageDate, List<Step> history,
                      LocalDate trialProductionOn, String applicationId, ApprovalResult approvalResult,
                      LocalDate approvalConcludedOn, List<Capacity> capacityReports) {
    }

    /** A capacity report of a project in production. */
    public record Capacity(LocalDate date, BigDecimal quantity, String unit, String note) {
    }

    /** A stage change of the history. */
    public record Step(ProjectStage to, LocalDate date, String note, String skipReason) {
    }

    private final ProjectService projects;
    private final ProjectTransitions transitions;
    private final ProjectEvents events;
    private final ParkClock clock;
    private final ProjectProgress progress;

    public ProjectImport(ProjectService projects, ProjectTransitions transitions, ProjectEvents events,
                         ParkClock clock, ProjectProgress progress) {
        this.progress = progress;
        this.projects = projects;
        this.transitions = transitions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BulkReport importAll(List<Row> received, List<RowError> invalid, String actor) {
        List<Row> rows = received.stream().map(this::withDefaults).toList();
        List<RowError> errors = new ArrayList<>(invalid);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.profile() == null) {
                continue;
            }
            List<Problem.FieldError> problems = new ArrayList<>(projects.problemsOf(row.profile(), "project."));
            problems.addAll(projects.entryProblems(row.stage(), row.stageDate(), "project."));
            for (Problem.FieldError problem : problems) {
                errors.add(new RowError(i + 1, problem.field(), problem.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        for (int i = 0; i < rows.size(); i++) {
            replay(i + 1, rows.get(i), actor);
        }
        return new BulkReport(rows.size(), rows.size(), List.of());
    }

    private Row withDefaults(Row row) {
        return new Row(row.profile(), row.stage() == null ? ProjectStage.LEAD : row.stage(),
                row.stageDate() == null ? clock.today() : row.stageDate(), row.history(), row.trialProductionOn(),
                row.applicationId(), row.approvalResult(), row.approvalConcludedOn(),
                row.capacityReports() == null ? List.of() : row.capacityReports());
    }

    private void replay(int rowNumber, Row row, String actor) {
        Project project = projects.open(row.profile(), row.stage(), row.stageDate(), actor, NOTE);
        if (row.approvalResult() != null) {
            project.approvalApplicationId = row.applicationId();
            project.approvalResult = row.approvalResult();
            project.approvalConcludedOn = row.approvalConcludedOn();
        }
        boolean trialDone = row.trialProductionOn() == null;
        List<Step> history = row.history() == null ? List.of() : row.history();
        for (int j = 0; j < history.size(); j++) {
            Step step = history.get(j);
            String field = "history[" + j + "]";
            try {
                if (!trialDone && project.stage == ProjectStage.CONSTRUCTION && step.to() != ProjectStage.CONSTRUCTION) {
                    trialProduction(project, row.trialProductionOn());
                    trialDone = true;
                }
                transitions.move(project, step.to(), step.date(), step.note() == null ? NOTE : step.note(),
                        step.skipReason(), actor);
            } catch (ProblemException e) {
                throw BulkRows.rejected(List.of(new RowError(rowNumber, field, e.getMessage()
                        + (e.errors().isEmpty() ? "" : " (" + e.errors().get(0).field() + ": " + e.errors().get(0).message() + ")"))));
            }
        }
        if (!trialDone) {
            if (project.stage != ProjectStage.CONSTRUCTION) {
                throw BulkRows.rejected(List.of(new RowError(rowNumber, "trialProductionOn",
                        "trial production is recorded between 开工 and 投产")));
            }
            trialProduction(project, row.trialProductionOn());
        }
        for (int k = 0; k < row.capacityReports().size(); k++) {
            Capacity report = row.capacityReports().get(k);
            try {
                progress.reportCapacity(project.id, report.date(), report.quantity(), report.unit(), report.note(), actor);
            } catch (ProblemException e) {
                throw BulkRows.rejected(List.of(new RowError(rowNumber, "capacityReports[" + k + "]", e.getMessage()
                        + (e.errors().isEmpty() ? "" : " (" + e.errors().get(0).field() + ": " + e.errors().get(0).message() + ")"))));
            }
        }
    }

    private void trialProduction(Project project, LocalDate on) {
        transitions.checkDate(project, on, "trialProductionOn");
        project.recordTrialProduction(on, clock.now());
        project.flush();
        events.updated(project, List.of("milestones.trialProduction"));
    }
}
