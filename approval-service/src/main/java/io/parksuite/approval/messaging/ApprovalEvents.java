package io.parksuite.approval.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.DeadlineClock;
import io.parksuite.approval.domain.Deficiency;
import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.Rating;
import io.parksuite.approval.domain.Reminder;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.outbox.Outbox;
import io.parksuite.platform.outbox.batch.OutboxBatch;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The desk's events on {@code approval.events}, keyed by application id: each carries the
 * application's snapshot (schemas in contracts/events) and what the event adds; recorded through
 * the outbox in the caller's transaction, after the application was flushed so that its version is
 * the stored one.
 */
@ApplicationScoped
public class ApprovalEvents {

    public static final String AGGREGATE_TYPE = "application";
    public static final String SUBMITTED = "parksuite.approval.application-submitted.v1";
    public static final String ACCEPTED = "parksuite.approval.application-accepted.v1";
    public static final String CONCLUDED = "parksuite.approval.application-concluded.v1";
    public static final String REMINDER_DUE = "parksuite.approval.reminder-due.v1";
    public static final String DEADLINE_BREACHED = "parksuite.approval.deadline-breached.v1";
    public static final String RATED = "parksuite.approval.rated.v1";
    public static final String FOLLOW_UP_CHANGED = "parksuite.approval.follow-up-changed.v1";
    public static final String CASE_TIMELINE = "parksuite.approval.case-timeline.v1";
    public static final String FOLLOW_UP_AGGREGATE_TYPE = "follow-up";
    public static final List<String> TYPES = List.of(SUBMITTED, ACCEPTED, CONCLUDED, REMINDER_DUE, DEADLINE_BREACHED, RATED,
            FOLLOW_UP_CHANGED, CASE_TIMELINE);

    private final Outbox outbox;
    private final OutboxBatch outboxBatch;

    public ApprovalEvents(Outbox outbox, OutboxBatch outboxBatch) {
        this.outbox = outbox;
        this.outboxBatch = outboxBatch;
    }

    public void submitted(Application application) {
        application.flush();
        outbox.record(AGGREGATE_TYPE, application.id.toString(), SUBMITTED, ApplicationSnapshot.of(application));
    }

    public void accepted(Application application) {
        application.flush();
        Deficiency deficiency = application.deficiency;
        outbox.record(AGGREGATE_TYPE, application.id.toString(), ACCEPTED, new Accepted(ApplicationSnapshot.of(application),
                application.acceptedOn,
                deficiency == null ? List.of() : deficiency.missingMaterialCodes(),
                deficiency == null ? null : deficiency.dueOn()));
    }

    public void concluded(Application application) {
        application.flush();
        outbox.record(AGGREGATE_TYPE, application.id.toString(), CONCLUDED,
                new Concluded(ApplicationSnapshot.of(application), onTime(application)));
    }

    /** Concluded by its promised deadline (or without one); null while not concluded. */
    static Boolean onTime(Application application) {
        if (application.concludedAt == null) {
            return null;
        }
        return application.promisedDeadline == null
                || !WorkingCalendar.dateOf(application.concludedAt.toInstant()).isAfter(application.promisedDeadline);
    }

    /**
     * One reminder-due event per reminder the scan created, with its application's stored state, recorded
     * as one batch: a first scan over many open applications creates thousands.
     */
    public void remindersDue(List<DueReminder> reminders) {
        List<OutboxBatch.PendingEvent> pending = new ArrayList<>(reminders.size());
        for (DueReminder due : reminders) {
            Reminder reminder = due.reminder();
            pending.add(new OutboxBatch.PendingEvent(AGGREGATE_TYPE, due.application().id.toString(), REMINDER_DUE,
                    new ReminderDue(ApplicationSnapshot.of(due.application()), new ReminderInfo(reminder.id, reminder.kind,
                            reminder.taskId, reminder.recipientType, reminder.recipient, reminder.dueOn, reminder.message))));
        }
        outboxBatch.recordAll(pending);
    }

    /** Deadlines passed, each on one clock: recorded from the applications' stored state as one batch. */
    public void deadlinesBreached(List<Breach> breaches) {
        outboxBatch.recordAll(breaches.stream().map(b -> new OutboxBatch.PendingEvent(AGGREGATE_TYPE,
                b.application().id.toString(), DEADLINE_BREACHED, new DeadlineBreached(ApplicationSnapshot.of(b.application()),
                b.clock(), b.deadline(), b.workingDaysOverdue(), b.clockItemCode()))).toList());
    }

    /**
     * A deadline of an application that passed on one clock, and by how many working days; {@code clockItemCode} names
     * the item when the clock is one item's own inside its department's task.
     */
    public record Breach(Application application, DeadlineClock clock, LocalDate deadline, int workingDaysOverdue,
                         String clockItemCode) {

        public Breach(Application application, DeadlineClock clock, LocalDate deadline, int workingDaysOverdue) {
            this(application, clock, deadline, workingDaysOverdue, null);
        }
    }

    /** A reminder the scan created and the application it concerns. */
    public record DueReminder(Application application, Reminder reminder) {
    }

    public void rated(Application application, Rating rating) {
        application.flush();
        outbox.record(AGGREGATE_TYPE, application.id.toString(), RATED, new Rated(ApplicationSnapshot.of(application),
                rating.score, rating.isBad(), rating.ratedAt));
    }

    /**
     * A follow-up opened or changed: aggregate type follow-up, keyed (aggregate id) by its application so that the
     * application's events stay in order; the follow-up's id is in the payload.
     */
    public void followUpChanged(Application application, FollowUpTask task) {
        outbox.record(FOLLOW_UP_AGGREGATE_TYPE, application.id.toString(), FOLLOW_UP_CHANGED, new FollowUpChanged(task.id,
                application.id, application.referenceNumber, application.bundleCode, task.itemCode, task.projectId,
                application.applicantUscc, task.kind, task.department, task.status, task.failed, task.dueOn,
                task.rectificationDueOn, task.reason, task.createdAt, task.concludedAt, task.version));
    }

    /**
     * The dated intervals of a case, with the application's stored state (flushed by the caller) and the desk figures
     * of its conclusion event, so that an imported case, which has no other event, counts like a live one.
     */
    public void caseTimeline(Application application, String officer, List<Interval> intervals) {
        outbox.record(AGGREGATE_TYPE, application.id.toString(), CASE_TIMELINE, new CaseTimeline(application.id,
                application.referenceNumber, application.bundleCode, application.itemCode, application.projectId,
                application.applicantUscc, officer, application.createdAt, application.submittedAt,
                application.concludedAt, application.result, intervals, application.channel.name(),
                application.status.name(), application.visits, application.acceptedAt, application.promisedLimitDays,
                application.statutoryLimitDays, application.promisedDeadline, application.workingDaysUsed,
                onTime(application), application.version));
    }

    /** One dated interval of a case: whose time (GOVERNMENT or ENTERPRISE), what kind, inclusive dates. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Interval(String party, String kind, String department, LocalDate firstDay, LocalDate lastDay) {
        public static Interval government(String kind, String department, LocalDate firstDay, LocalDate lastDay) {
            return new Interval("GOVERNMENT", kind, department, firstDay, lastDay);
        }

        public static Interval enterprise(String kind, String department, LocalDate firstDay, LocalDate lastDay) {
            return new Interval("ENTERPRISE", kind, department, firstDay, lastDay);
        }
    }

    /** Payload of {@link #CASE_TIMELINE}: every field always present, null where allowed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CaseTimeline(UUID applicationId, String referenceNumber, String bundleCode, String itemCode, UUID projectId,
                        String applicantUscc, String officer, OffsetDateTime createdAt, OffsetDateTime submittedAt,
                        OffsetDateTime concludedAt, String result, List<Interval> intervals, String channel,
                        String status, int visits, OffsetDateTime acceptedAt, Integer promisedLimitDays,
                        Integer statutoryLimitDays, LocalDate promisedDeadline, Integer workingDaysUsed, Boolean onTime,
                        long aggregateVersion) {
    }

    /** Payload of {@link #FOLLOW_UP_CHANGED}: every field always present, null where allowed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FollowUpChanged(UUID followUpId, UUID applicationId, String referenceNumber, String bundleCode, String itemCode,
                           UUID projectId, String applicantUscc, FollowUpKind kind, String department,
                           FollowUpStatus status, boolean failed, LocalDate dueOn, LocalDate rectificationDueOn,
                           String reason, OffsetDateTime openedAt, OffsetDateTime concludedAt, long version) {
    }

    /** Payload of {@link #ACCEPTED}: the snapshot, the acceptance date and, for 容缺受理, what is missing and by when. */
    record Accepted(@JsonUnwrapped ApplicationSnapshot snapshot, LocalDate acceptedOn, List<String> missingMaterials,
                    LocalDate deficiencyDueOn) {
    }

    /** Payload of {@link #CONCLUDED}: the snapshot (result, working days used vs promised, visits, channel) and punctuality. */
    record Concluded(@JsonUnwrapped ApplicationSnapshot snapshot, boolean onTime) {
    }

    /** Payload of {@link #REMINDER_DUE}. */
    record ReminderDue(@JsonUnwrapped ApplicationSnapshot snapshot, ReminderInfo reminder) {
    }

    /** The reminder an event announces. */
    record ReminderInfo(Long reminderId, String kind, UUID taskId, String recipientType, String recipient,
                        LocalDate dueOn, String message) {
    }

    /** Payload of {@link #DEADLINE_BREACHED}: which clock, its deadline and how far past it. */
    record DeadlineBreached(@JsonUnwrapped ApplicationSnapshot snapshot, DeadlineClock clock, LocalDate deadline,
                            int workingDaysOverdue, String clockItemCode) {
    }

    /** Payload of {@link #RATED}. */
    record Rated(@JsonUnwrapped ApplicationSnapshot snapshot, int score, boolean bad, java.time.OffsetDateTime ratedAt) {
    }
}
