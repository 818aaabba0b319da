package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.Lifecycle;
import io.parksuite.approval.domain.PausePeriod;
import io.parksuite.approval.domain.Step;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Review (审查): each department decides its task in parallel, the applicant supplies the 容缺
 * materials it still owes, and a special procedure (特别程序) pauses the clock and, when it ends, moves
 * every deadline by the pause. The last decision concludes the application.
 */
@ApplicationScoped
public class ApplicationReview {

    private static final Set<String> SPECIAL_PROCEDURES = Set.of("HEARING", "TESTING", "EXPERT_REVIEW", "ON_SITE_INSPECTION");

    private final Applications applications;
    private final ApplicationConclusion conclusion;
    private final Calendars calendars;
    private final StepLog log;
    private final Access access;

    public ApplicationReview(Applications applications, ApplicationConclusion conclusion, Calendars calendars,
                             StepLog log, Access access) {
        this.applications = applications;
        this.conclusion = conclusion;
        this.calendars = calendars;
        this.log = log;
        this.access = access;
    }

    /** A department's decision on its task, by an officer of that department (or an admin). */
    @Transactional
    public ApplicationView decide(UUID id, UUID taskId, boolean approve, String opinion) {
        Application a = applications.lock(id);
        access.requireRead(a);
        ApplicationTask task = ApplicationTask.findById(taskId);
        if (task != null && task.applicationId.equals(a.id)) {
            access.requireDepartment(task.department);
        }
        Lifecycle.next(a.status, Step.DECIDE_TASK);
        if (task == null || !task.applicationId.equals(a.id)) {
            throw ProblemException.notFound("No task " + taskId + " in application " + a.referenceNumber);
        }
        if (task.status != TaskStatus.PENDING) {
            throw ProblemException.conflict("Task of " + task.department + " was already decided: " + task.status);
        }
        if (approve && a.hasOpenDeficiency()) {
            throw ProblemException.conflict("容缺 materials " + a.deficiency.missingMaterialCodes()
                    + " are still missing (due " + a.deficiency.dueOn() + "); approve once they are supplied");
        }
        String actor = access.actor();
        task.status = approve ? TaskStatus.APPROVED : TaskStatus.DENIED;
        task.decidedBy = actor;
        task.decidedAt = log.now();
        task.opinion = opinion;
        log.touch(a);
        log.record(a, Step.DECIDE_TASK, a.status, a.status, actor, Notice.NONE, task.department + ": " + task.status
                + (opinion == null ? "" : " — " + opinion));
        List<ApplicationTask> tasks = ApplicationTask.of(a.id);
        if (tasks.stream().allMatch(t -> t.status != TaskStatus.PENDING)) {
            conclusion.conclude(a, tasks);
        }
        return applications.view(a);
    }

    /** The applicant reports the 容缺 materials supplied: each must be on file. */
    @Transactional
    public ApplicationView supplyDeficiency(UUID id) {
        Application a = applications.lockForApplicant(id);
        ApplicationStatus to = Lifecycle.next(a.status, Step.SUPPLY_DEFICIENCY);
        if (!a.hasOpenDeficiency()) {
            throw ProblemException.conflict("Application " + a.referenceNumber + " has no missing 容缺 materials");
        }
        Set<String> uploaded = applications.uploadedCodes(a.id);
        List<Problem.FieldError> errors = a.deficiency.missingMaterialCodes().stream()
                .filter(code -> !uploaded.contains(code))
                .map(code -> new Problem.FieldError("materials." + code, "still missing; upload it first"))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        ApplicationStatus from = a.status;
        a.deficiency = a.deficiency.resolve();
        a.deficiencyDueOn = null;
        a.status = to;
        log.touch(a);
        log.record(a, Step.SUPPLY_DEFICIENCY, from, to, access.actor(), Notice.NONE, "容缺 materials supplied");
        return applications.view(a);
    }

    @Transactional
    public ApplicationView startSpecialProcedure(UUID id, String kind, String reason) {
        Application a = applications.lockForDesk(id);
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.START_SPECIAL_PROCEDURE);
        if (kind == null || !SPECIAL_PROCEDURES.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be one of " + new TreeSet<>(SPECIAL_PROCEDURES));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "required");
        }
        List<PausePeriod> pauses = new ArrayList<>(a.pauses);
        pauses.add(new PausePeriod(kind, reason.strip(), calendars.today(), null));
        a.pauses = pauses;
        a.status = to;
        log.touch(a);
        log.record(a, Step.START_SPECIAL_PROCEDURE, from, to, access.actor(),
                Notices.specialProcedure(a, kind, reason.strip()), kind);
        return applications.view(a);
    }

    @Transactional
    public ApplicationView endSpecialProcedure(UUID id) {
        Application a = applications.lockForDesk(id);
        ApplicationStatus from = a.status;
        ApplicationStatus to = Lifecycle.next(from, Step.END_SPECIAL_PROCEDURE);
        LocalDate today = calendars.today();
        List<PausePeriod> pauses = new ArrayList<>();
        for (PausePeriod pause : a.pauses) {
            pauses.add(pause.lastDay() == null ? new PausePeriod(pause.kind(), pause.reason(), pause.firstDay(), today) : pause);
        }
        a.pauses = pauses;
        a.status = to;
        WorkingCalendar calendar = calendars.current();
        a.setDeadlines(calendar);
        for (ApplicationTask task : ApplicationTask.of(a.id)) {
            if (task.status == TaskStatus.PENDING) {
                task.setDeadlines(calendar, a);
            }
        }
        log.touch(a);
        log.record(a, Step.END_SPECIAL_PROCEDURE, from, to, access.actor(), Notices.specialProcedureEnded(a), null);
        return applications.view(a);
    }
}
