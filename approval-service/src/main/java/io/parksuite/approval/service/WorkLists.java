package io.parksuite.approval.service;

import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.Reminder;
import io.parksuite.approval.domain.TaskStatus;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The desk's work lists, each narrowed to what the caller may see: department tasks, reminder inboxes
 * (办事提醒) and follow-up tasks; and marking a reminder read.
 */
@ApplicationScoped
public class WorkLists {

    private final Access access;
    private final Clock clock;

    public WorkLists(Access access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** An officer's department's tasks only; others may name a department. Sorted by promised deadline. */
    @Transactional
    public Page<ApplicationTask> tasks(TaskStatus status, String department, PageRequest page) {
        String dept = access.officerDept() != null ? access.officerDept() : department;
        Where where = Where.create()
                .and("department = :dept", "dept", dept)
                .and("status = :status", "status", status);
        return page(ApplicationTask.find(where.clause(), Sort.by("promisedDeadline").and("id"), where.parameters()), page);
    }

    /** An enterprise's or officer's own inbox; the service centre names the recipient. Newest first. */
    @Transactional
    public Page<Reminder> inbox(String recipient, boolean unreadOnly, PageRequest page) {
        String who;
        if (access.enterpriseUscc() != null) {
            who = access.enterpriseUscc();
        } else if (access.officerDept() != null) {
            who = access.officerDept();
        } else if (recipient != null && !recipient.isBlank()) {
            who = recipient.strip();
        } else {
            throw ProblemException.invalidField("recipient", "name the department or applicant whose inbox to read");
        }
        Where where = Where.create().and("recipient = :who", "who", who).andIf(unreadOnly, "readAt is null");
        return page(Reminder.find(where.clause(), Sort.by("id").descending(), where.parameters()), page);
    }

    /** Marks a reminder of the caller's inbox read (once: the first reading time stays). */
    @Transactional
    public Reminder markRead(long id) {
        Reminder reminder = Reminder.findById(id);
        boolean mine = reminder != null && (access.seesEverything()
                || reminder.recipient.equals(access.enterpriseUscc()) || reminder.recipient.equals(access.officerDept()));
        if (!mine) {
            throw ProblemException.notFound("No reminder " + id + " in your inbox");
        }
        if (reminder.readAt == null) {
            reminder.readAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        }
        return reminder;
    }

    /** Follow-up tasks, an officer's department's only; soonest due first. */
    @Transactional
    public Page<FollowUpTask> followUps(FollowUpKind kind, UUID applicationId, FollowUpStatus status, PageRequest page) {
        Where where = Where.create()
                .and("department = :dept", "dept", access.officerDept())
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status)
                .and("applicationId = :app", "app", applicationId);
        return page(FollowUpTask.find(where.clause(), Sort.by("dueOn").and("id"), where.parameters()), page);
    }

    private static <T> Page<T> page(PanacheQuery<T> query, PageRequest page) {
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
