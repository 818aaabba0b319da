package io.parksuite.project.service;

import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.parksuite.platform.uscc.Uscc;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectProfile;
import io.parksuite.project.domain.ProjectStage;
import io.parksuite.project.domain.ReferenceCodes;
import io.parksuite.project.domain.SigningConference;
import io.parksuite.project.domain.StageTransition;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Project transactions: each change and its event commit together or not at all. */
@ApplicationScoped
public class ProjectService {

    /** Stages a project may be recorded in when it is first entered. */
    public static final List<ProjectStage> ENTRY_STAGES = List.of(ProjectStage.LEAD, ProjectStage.NEGOTIATING,
            ProjectStage.SIGNED);

    private final ProjectEvents events;
    private final EntityManager entityManager;
    private final AuditHistory history;
    private final ParkClock clock;

    public ProjectService(ProjectEvents events, EntityManager entityManager, AuditHistory history, ParkClock clock) {
        this.events = events;
        this.entityManager = entityManager;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Enters a project in {@code stage} (线索, 在谈 or 签约; null is 线索) on {@code on} (null is
     * today).
     */
    @Transactional
    public Project create(ProjectProfile profile, ProjectStage stage, LocalDate on, String actor) {
        ProjectStage entry = stage == null ? ProjectStage.LEAD : stage;
        LocalDate date = on == null ? clock.today() : on;
        List<Problem.FieldError> problems = new ArrayList<>(problemsOf(profile, ""));
        problems.addAll(entryProblems(entry, date, ""));
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return open(profile, entry, date, actor, "项目录入");
    }

    /**
     * Opens a checked project: persisted, its first transition and its created event recorded; a
     * project entered as signed also announces the stage change to 签约, which the approval desk
     * reacts to with a start-up application.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project open(ProjectProfile profile, ProjectStage stage, LocalDate on, String actor, String note) {
        Project project = Project.open(profile, stage, on, clock.now());
        project.investorLinked = project.investorUscc != null && isKnownEnterprise(project.investorUscc);
        project.persistAndFlush();
        StageTransition first = StageTransition.record(project.id, null, stage, on, actor, note, null,
                project.createdAt);
        events.created(project);
        if (stage == ProjectStage.SIGNED) {
            events.stageChanged(project, first);
        }
        return project;
    }

    @Transactional
    public Project update(UUID id, String ifMatch, ProjectProfile profile) {
        Project project = load(id);
        Versions.requireMatch(ifMatch, project.version);
        List<Problem.FieldError> problems = problemsOf(profile, "");
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        String previousUscc = project.investorUscc;
        List<String> changed = new ArrayList<>(project.apply(profile, clock.now()));
        if (changed.contains("investorUscc") || changed.contains("investorName")) {
            boolean linked = project.investorUscc != null && isKnownEnterprise(project.investorUscc);
            if (linked != project.investorLinked || !Objects.equals(previousUscc, project.investorUscc)) {
                project.investorLinked = linked;
                changed.add("investorLinked");
            }
        }
        if (!changed.isEmpty()) {
            project.flush();
            events.updated(project, changed);
        }
        return project;
    }

    /** The project, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project findFor(Caller caller, UUID id) {
        return find(id).filter(p -> mayRead(caller, p.investorUscc))
                .orElseThrow(() -> ProblemException.notFound("No project with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Project> find(UUID id) {
        return Project.findByIdOptional(id);
    }

    /** A project's revisions, oldest first, if {@code caller} may see the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditHistory.Revision> history(Caller caller, UUID id) {
        return history.of(Project.class, findFor(caller, id).id);
    }

    /** An enterprise user reads only the projects whose investor is its own enterprise. */
    public static boolean mayRead(Caller caller, String investorUscc) {
        return !caller.isEnterpriseUser()
                || (investorUscc != null && caller.uscc().filter(investorUscc::equals).isPresent());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Project load(UUID id) {
        return Project.<Project>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No project with id " + id));
    }

    /** What is wrong with a profile beyond Bean Validation; field names prefixed with {@code prefix}. */
    public List<Problem.FieldError> problemsOf(ProjectProfile profile, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (profile.investorUscc() != null) {
            Uscc.Check check = Uscc.check(profile.investorUscc());
            if (check == Uscc.Check.WRONG_LENGTH || check == Uscc.Check.INVALID_CHARACTER) {
                errors.add(new Problem.FieldError(prefix + "investorUscc", Uscc.problem(profile.investorUscc())));
            }
        }
        if (profile.chainCode() != null && !ReferenceCodes.CHAINS.containsKey(profile.chainCode())) {
            errors.add(new Problem.FieldError(prefix + "chainCode", "must be one of " + ReferenceCodes.CHAINS.keySet()));
        }
        if (profile.streetCode() != null && !ReferenceCodes.STREETS.containsKey(profile.streetCode())) {
            errors.add(new Problem.FieldError(prefix + "streetCode", "must be one of " + ReferenceCodes.STREETS.keySet()));
        }
        if (profile.conferenceId() != null && SigningConference.findById(profile.conferenceId()) == null) {
            errors.add(new Problem.FieldError(prefix + "conferenceId", "is not a known signing conference"));
        }
        return errors;
    }

    public List<Problem.FieldError> entryProblems(ProjectStage stage, LocalDate on, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (stage != null && !ENTRY_STAGES.contains(stage)) {
            errors.add(new Problem.FieldError(prefix + "stage", "a new project starts in one of " + ENTRY_STAGES
                    + "; later stages are reached through transitions"));
        }
        if (on != null && on.isAfter(clock.today())) {
            errors.add(new Problem.FieldError(prefix + "stageDate", "must not be in the future"));
        }
        return errors;
    }

    private boolean isKnownEnterprise(String uscc) {
        InvestorLinks.lockInvestor(entityManager, uscc);
        return ((Number) entityManager.createNativeQuery("select count(*) from known_enterprise where uscc = ?1")
                .setParameter(1, uscc).getSingleResult()).longValue() > 0;
    }
}
