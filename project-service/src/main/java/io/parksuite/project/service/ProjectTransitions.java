package io.parksuite.project.service;

import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.project.domain.ApprovalResult;
import io.parksuite.project.domain.FollowUp;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.StageMachine;
import io.parksuite.project.domain.StageTransition;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves projects through the stage machine: officers' transitions (date, actor, note; dates never
 * go backwards; a skip needs a reason; 开工 needs the start-up approvals concluded unless 先建后验; 投产
 * needs the 先建后验 verifications passed or waived),
 * the trial-production milestone (试生产), and the approval desk's reports (submitted → 审批,
 * concluded → the result that lets 开工 pass its guard).
 */
@ApplicationScoped
public class ProjectTransitions {

    public static final String APPROVAL_ACTOR = "approval-service";

    private final ProjectService projects;
    private final ProjectEvents events;
    private final ParkClock clock;

    public ProjectTransitions(ProjectService projects, ProjectEvents events, ParkClock clock) {
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** An officer's stage change; answers the project in its new stage. */
    @Transactional
    public Project transition(UUID id, String ifMatch, ProjectStage to, LocalDate on, String note,
                              String skipReason, String actor) {
        Project project = projects.load(id);
        Versions.requireMatch(ifMatch, project.version);
        move(project, to, on, note, skipReason, actor);
        return project;
    }

    /** A project's stage changes, oldest first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StageTransition> history(Caller caller, UUID id) {
        return StageTransition.of(projects.findFor(caller, id).id);
    }

    /** Applies the rules and records the move; {@code project} is loaded in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StageTransition move(Project project, ProjectStage to, LocalDate on, String note, String skipReason,
                                String actor) {
        StageMachine.Verdict verdict = StageMachine.check(project.stage, project.stalledFrom, to);
        if (!verdict.allowed()) {
            throw illegal(project, to);
        }
        if (verdict.skips() && (skipReason == null || skipReason.isBlank())) {
            throw ProblemException.invalidField("skipReason", "moving from " + project.stage.describe() + " to "
                    + to.describe() + " skips " + describe(verdict.skipped()) + "; say why");
        }
        checkDate(project, on, "date");
        if (verdict.passesConstruction() && !project.mayStartConstruction()) {
            throw new ProblemException(409, "startup-approval-pending", "Start-up approvals not concluded",
                    "开工 (CONSTRUCTION) needs the start-up approvals concluded with approval, or the project flagged "
                            + "先建后验 (buildBeforeApproval); the approval is "
                            + (project.approvalResult == null ? "not concluded" : project.approvalResult), List.of());
        }
        if (StageMachine.passes(project.stage, project.stalledFrom, to, ProjectStage.PRODUCTION)) {
            requireVerified(project);
        }
        ProjectStage from = project.stage;
        project.moveTo(to, on, clock.now());
        project.flush();
        StageTransition transition = StageTransition.record(project.id, from, to, on, actor, blankToNull(note),
                verdict.skips() ? skipReason.strip() : null, project.updatedAt);
        events.stageChanged(project, transition);
        return transition;
    }

    /** 投产 waits for every 先建后验 verification of the project's applications: none open, failing or revoked. */
    private static void requireVerified(Project project) {
        List<FollowUp> blocking = FollowUp.blockingProduction(project.id);
        if (blocking.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < blocking.size(); i++) {
            FollowUp f = blocking.get(i);
            errors.add(new Problem.FieldError("followUps[" + i + "]", f.referenceNumber + " item "
                    + (f.itemCode == null ? "-" : f.itemCode) + " (" + f.department + "): " + f.status
                    + ", due " + (f.status == FollowUp.Status.RECTIFYING && f.rectificationDueOn != null
                    ? f.rectificationDueOn : f.dueOn) + ", followUpId " + f.followUpId));
        }
        throw new ProblemException(409, "verification-pending", "Verification pending",
                "投产 (PRODUCTION) needs every 先建后验 verification (VERIFICATION follow-up) of the project's applications "
                        + "passed or waived; " + blocking.size() + " open, rectifying or revoked: " + blocking.stream()
                        .map(f -> f.referenceNumber + " " + f.itemCode + " " + f.status + " due " + f.dueOn)
                        .collect(Collectors.joining("; ")), errors);
    }

    /** Records 试生产, a milestone after 开工 and before 投产. */
    @Transactional
    public Project recordTrialProduction(UUID id, String ifMatch, LocalDate on) {
        Project project = projects.load(id);
        Versions.requireMatch(ifMatch, project.version);
        if (project.stage != ProjectStage.CONSTRUCTION) {
            throw new ProblemException(409, "trial-production-not-allowed", "Trial production not allowed",
                    "Trial production (试生产) is recorded after 开工 and before 投产; the project is "
                            + project.stage.describe(), List.of());
        }
        if (project.trialProductionOn != null) {
            throw ProblemException.conflict("Trial production was already recorded on " + project.trialProductionOn);
        }
        checkDate(project, on, "date");
        project.recordTrialProduction(on, clock.now());
        project.flush();
        events.updated(project, List.of("milestones.trialProduction"));
        return project;
    }

    /**
     * An application carrying this project's id was submitted to the approval desk: the project
     * moves 签约 → 审批 (in any other stage only the application is noted).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalSubmitted(UUID projectId, String applicationId, LocalDate submittedOn, long applicationVersion) {
        Project project = Project.findById(projectId);
        if (project == null || isOlder(project, applicationId, applicationVersion)) {
            return;
        }
        project.approvalApplicationId = applicationId;
        project.approvalSubmittedOn = submittedOn;
        project.approvalVersion = applicationVersion;
        if (project.stage == ProjectStage.SIGNED) {
            LocalDate on = submittedOn.isBefore(project.latestMilestone()) ? project.latestMilestone() : submittedOn;
            move(project, ProjectStage.APPROVING, on, "开工审批办件 " + applicationId + " 已提交", null, APPROVAL_ACTOR);
            return;
        }
        project.touch(clock.now());
        project.flush();
        events.updated(project, List.of("approval"));
    }

    /** The application concluded: its result is recorded; an approval lets 开工 pass its guard. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalConcluded(UUID projectId, String applicationId, ApprovalResult result, LocalDate concludedOn,
                                  long applicationVersion) {
        Project project = Project.findById(projectId);
        if (project == null || isOlder(project, applicationId, applicationVersion)) {
            return;
        }
        project.approvalApplicationId = applicationId;
        project.approvalResult = result;
        project.approvalConcludedOn = concludedOn;
        project.approvalVersion = applicationVersion;
        project.touch(clock.now());
        project.flush();
        events.updated(project, List.of("approval"));
    }

    private static boolean isOlder(Project project, String applicationId, long version) {
        return Objects.equals(project.approvalApplicationId, applicationId) && project.approvalVersion != null
                && version <= project.approvalVersion;
    }

    /** A milestone date: not in the future, never before the project's latest recorded milestone. */
    public void checkDate(Project project, LocalDate on, String field) {
        if (on.isAfter(clock.today())) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        if (on.isBefore(project.latestMilestone())) {
            throw ProblemException.invalidField(field, "must not be before " + project.latestMilestone()
                    + ", the project's latest milestone: dates never go backwards");
        }
    }

    public static ProblemException illegal(Project project, ProjectStage to) {
        List<ProjectStage> allowed = StageMachine.allowedTargets(project.stage, project.stalledFrom);
        String detail = "A project in " + project.stage.describe() + " cannot move to " + to.describe() + "; allowed: "
                + (allowed.isEmpty() ? "none, " + project.stage.describe() + " is final" : describe(allowed));
        List<Problem.FieldError> errors = List.of(new Problem.FieldError("to", "must be one of "
                + allowed.stream().map(Enum::name).collect(Collectors.joining(", ", "[", "]"))));
        return new ProblemException(409, "illegal-transition", "Transition not allowed", detail, errors);
    }

    private static String describe(List<ProjectStage> stages) {
        return stages.stream().map(ProjectStage::describe).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
