package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The life of a follow-up after its opening: a 告知承诺 post-check or 先建后验 verification passes, fails with a
 * rectification deadline on the working calendar (e.g. 消防验收不合格) or ends in the revocation (撤销) of the
 * approval; a park admin may waive an open one within its deadline, never a failed or late one; a 差评整改
 * rectification is assigned to an officer, closed with what was done and re-rated by the applicant. Every opening
 * and change raises the follow-up's version and publishes follow-up-changed in the same transaction; the end of a
 * rectification publishes the application's case-timeline again, with its rectification interval.
 */
@ApplicationScoped
public class FollowUps {

    /** What a post-check or verification found. */
    public enum Outcome {
        PASSED,
        RECTIFICATION_REQUIRED,
        REVOKED
    }

    public static final int MAX_RECTIFICATION_WORKING_DAYS = 60;

    private final Applications applications;
    private final Calendars calendars;
    private final ApprovalEvents events;
    private final StepLog log;
    private final Access access;
    private final CaseTimelines timelines;

    public FollowUps(Applications applications, Calendars calendars, ApprovalEvents events, StepLog log, Access access,
                     CaseTimelines timelines) {
        this.applications = applications;
        this.calendars = calendars;
        this.events = events;
        this.log = log;
        this.access = access;
        this.timelines = timelines;
    }

    /** Opens a follow-up of {@code a} (flushed first, so that its snapshot is current) and publishes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    FollowUpTask open(Application a, FollowUpKind kind, String department, String itemCode, LocalDate dueOn, String note) {
        FollowUpTask task = new FollowUpTask();
        task.id = UUID.randomUUID();
        task.applicationId = a.id;
        task.kind = kind;
        task.department = department;
        task.itemCode = itemCode;
        task.projectId = a.projectId;
        task.dueOn = dueOn;
        task.status = FollowUpStatus.OPEN;
        task.note = note;
        task.createdAt = log.now();
        task.version = 1;
        task.persist();
        events.followUpChanged(a, task);
        return task;
    }

    /** 核查 / 验收 result: PASSED, RECTIFICATION_REQUIRED (RECTIFYING, due in working days) or REVOKED (撤销). */
    @Transactional
    public FollowUpTask outcome(UUID id, Outcome outcome, String reason, Integer rectificationWorkingDays) {
        FollowUpTask task = lock(id);
        access.requireFollowUpDesk(task.department);
        if (task.kind == FollowUpKind.RECTIFICATION) {
            throw ProblemException.conflict("A 差评整改 rectification has no check outcome: it is assigned, closed and re-rated");
        }
        if (task.status != FollowUpStatus.OPEN && task.status != FollowUpStatus.RECTIFYING) {
            throw ProblemException.conflict("Follow-up " + id + " is " + task.status + "; an outcome is recorded while it "
                    + "is OPEN or RECTIFYING");
        }
        String why = blankToNull(reason);
        if (outcome != Outcome.PASSED && why == null) {
            throw ProblemException.invalidField("reason", "a failed check or a revocation needs its reason");
        }
        Application a = applications.lock(task.applicationId);
        boolean wasRectifying = task.status == FollowUpStatus.RECTIFYING;
        switch (outcome) {
            case PASSED -> conclude(task, FollowUpStatus.PASSED);
            case RECTIFICATION_REQUIRED -> {
                if (wasRectifying) {
                    throw ProblemException.conflict("Follow-up " + id + " is already RECTIFYING; its next outcome is "
                            + "PASSED or REVOKED");
                }
                if (rectificationWorkingDays == null || rectificationWorkingDays < 1
                        || rectificationWorkingDays > MAX_RECTIFICATION_WORKING_DAYS) {
                    throw ProblemException.invalidField("rectificationWorkingDays",
                            "a failed check needs a rectification deadline of 1 to " + MAX_RECTIFICATION_WORKING_DAYS
                                    + " working days");
                }
                task.status = FollowUpStatus.RECTIFYING;
                task.failed = true;
                task.rectifyingSince = log.now();
                task.rectificationDueOn = calendars.current().addWorkingDays(calendars.today(), rectificationWorkingDays);
            }
            case REVOKED -> {
                conclude(task, FollowUpStatus.REVOKED);
                task.failed = true;
                if (a.revokedAt == null) {
                    a.revokedAt = task.concludedAt;
                    a.revocationReason = why;
                    log.touch(a);
                }
            }
        }
        task.reason = why;
        changed(a, task);
        if (wasRectifying) {
            log.touch(a);
            timelines.publish(a);
        }
        return task;
    }

    /** A park admin waives an OPEN follow-up within its deadline; a failed or late one is never waived. */
    @Transactional
    public FollowUpTask waive(UUID id, String reason) {
        access.requireParkAdmin();
        FollowUpTask task = lock(id);
        String why = blankToNull(reason);
        if (why == null) {
            throw ProblemException.invalidField("reason", "a waiver needs its reason");
        }
        if (task.failed || task.status == FollowUpStatus.RECTIFYING || task.status == FollowUpStatus.REVOKED) {
            throw ProblemException.conflict("Follow-up " + id + " failed its check (" + task.status + "): a failed "
                    + "follow-up cannot be waived");
        }
        if (task.status != FollowUpStatus.OPEN) {
            throw ProblemException.conflict("Follow-up " + id + " is " + task.status + "; only an OPEN one can be waived");
        }
        LocalDate today = calendars.today();
        if (today.isAfter(task.dueOn)) {
            throw ProblemException.conflict("Follow-up " + id + " was due on " + task.dueOn + ": a follow-up past its "
                    + "deadline cannot be waived");
        }
        conclude(task, FollowUpStatus.WAIVED);
        task.reason = why;
        changed(applications.find(task.applicationId), task);
        return task;
    }

    /** 差评整改: assigns an open rectification to a named officer. */
    @Transactional
    public FollowUpTask assign(UUID id, String assignee) {
        FollowUpTask task = lockRectification(id);
        access.requireFollowUpDesk(task.department);
        if (task.status != FollowUpStatus.OPEN) {
            throw ProblemException.conflict("Rectification " + id + " is " + task.status + "; only an OPEN one is assigned");
        }
        String who = blankToNull(assignee);
        if (who == null) {
            throw ProblemException.invalidField("assignee", "name the officer who rectifies");
        }
        task.assignee = who;
        task.assignedAt = log.now();
        changed(applications.find(task.applicationId), task);
        return task;
    }

    /** 差评整改: closes an open rectification with what was done; the applicant may then rate again. */
    @Transactional
    public FollowUpTask close(UUID id, String done) {
        FollowUpTask task = lockRectification(id);
        access.requireFollowUpDesk(task.department);
        if (task.status != FollowUpStatus.OPEN) {
            throw ProblemException.conflict("Rectification " + id + " is " + task.status + "; only an OPEN one is closed");
        }
        String what = blankToNull(done);
        if (what == null) {
            throw ProblemException.invalidField("done", "say what was done to rectify");
        }
        conclude(task, FollowUpStatus.CLOSED);
        task.reason = what;
        changed(applications.find(task.applicationId), task);
        return task;
    }

    /** The applicant rates again after its rectification closed; the first rating stays beside the new one. */
    @Transactional
    public FollowUpTask rerate(UUID id, int score, String comment) {
        FollowUpTask task = lockRectification(id);
        Application a = applications.find(task.applicationId);
        access.requireApplicant(a);
        if (score < 1 || score > 5) {
            throw ProblemException.invalidField("score", "must be 1 (非常不满意) to 5 (非常满意)");
        }
        if (task.status != FollowUpStatus.CLOSED) {
            throw ProblemException.conflict("Rectification " + id + " is " + task.status + "; it is re-rated once closed");
        }
        if (task.reratedAt != null) {
            throw ProblemException.conflict("Rectification " + id + " was already re-rated; one new rating per rectification");
        }
        task.reratingScore = score;
        task.reratingComment = blankToNull(comment);
        task.reratedAt = log.now();
        changed(a, task);
        return task;
    }

    private void conclude(FollowUpTask task, FollowUpStatus status) {
        task.status = status;
        task.concludedAt = log.now();
        task.completedAt = task.concludedAt;
        task.completedBy = access.actor();
    }

    private void changed(Application a, FollowUpTask task) {
        task.version++;
        events.followUpChanged(a, task);
    }

    private FollowUpTask lockRectification(UUID id) {
        FollowUpTask task = lock(id);
        if (task.kind != FollowUpKind.RECTIFICATION) {
            throw ProblemException.conflict("Follow-up " + id + " is a " + task.kind + ", not a 差评整改 rectification");
        }
        return task;
    }

    private FollowUpTask lock(UUID id) {
        FollowUpTask task = FollowUpTask.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.notFound("No follow-up " + id);
        }
        return task;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
