package io.parksuite.approval.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.DeadlineClock;
import io.parksuite.approval.domain.Reminder;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 办事提醒: the scheduled scan. Set-based inserts find 容缺 and 补正 materials due within the window
 * (applicant's inbox), department tasks due within the window or overdue on the promised clock and on
 * the statutory clock (each item's own clock inside a task too, {@link ItemClockScan}), tasks predicted to miss
 * their promised deadline (超期预警, {@link OverdueForecasts}), licence documents due for delivery (行政许可法
 * 第44条, department inbox) and follow-ups due or overdue (告知承诺核查, 先建后验验收, 差评整改, a failed check's
 * rectification; department inbox);
 * a unique key per reminder makes each one exist once whatever the number of scans or instances,
 * and only a reminder actually created emits reminder-due. Each clock's breach (promised, statutory,
 * delivery) is marked once per application (deadline-breached), a follow-up's once per deadline, and
 * undecided intakes older than 5 working days are deemed accepted. Every instance scans: each phase is one transaction holding an advisory
 * lock of its own, so concurrent scans take turns per phase, and a scan killed mid-phase leaves nothing
 * behind (its transaction rolls back; the next scan does the work).
 */
@ApplicationScoped
public class ReminderScan {

    private static final Logger LOG = Logger.getLogger(ReminderScan.class);
    /** How far back the scan looks for the last intake date a 补正 notice can no longer follow. */
    static final int MAX_LOOKBACK_DAYS = 366;

    /** What one scan did. */
    public record Result(int remindersCreated, int breached, int deemedAccepted, long overdue) {
    }

    private final EntityManager entityManager;
    private final Calendars calendars;
    private final ApprovalEvents events;
    private final DeemedAcceptances deemed;
    private final OverdueForecasts forecasts;
    private final FollowUpForecasts followUpForecasts;
    private final ItemClockScan itemClocks;
    private final ApprovalConfig config;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    public ReminderScan(EntityManager entityManager, Calendars calendars, ApprovalEvents events, DeemedAcceptances deemed,
                        OverdueForecasts forecasts, FollowUpForecasts followUpForecasts, ItemClockScan itemClocks,
                        ApprovalConfig config, Clock clock, MeterRegistry registry) {
        this.forecasts = forecasts;
        this.followUpForecasts = followUpForecasts;
        this.itemClocks = itemClocks;
        this.clock = clock;
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.events = events;
        this.deemed = deemed;
        this.config = config;
        Gauge.builder("approval.applications.overdue", overdue, AtomicLong::get)
                .description("Applications in review past their promised deadline, as of the last reminder scan")
                .register(registry);
    }

    @Scheduled(every = "${parksuite.approval.reminders.every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ScanDisabled.class)
    void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warnf("Reminder scan failed: %s", e.getMessage());
        }
    }

    public Result scan() {
        LocalDate today = calendars.today();
        WorkingCalendar calendar = calendars.current();
        LocalDate horizon = calendar.addWorkingDays(today, config.reminders().windowWorkingDays());
        int deemed = deemAccepted(calendar, today);
        int created = QuarkusTransaction.requiringNew().call(() -> createReminders(calendar, today, horizon));
        int breached = QuarkusTransaction.requiringNew().call(() -> markBreached(calendar, today));
        long count = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from application where status in ('IN_REVIEW') and promised_deadline < ?1")
                .setParameter(1, today).getSingleResult()).longValue());
        overdue.set(count);
        return new Result(created, breached, deemed, count);
    }

    private int deemAccepted(WorkingCalendar calendar, LocalDate today) {
        LocalDate cutoff = deemedAcceptedCutoff(calendar, today);
        if (cutoff == null) {
            LOG.warnf("No intake date within %d days before %s has a closed 补正 window: the calendar holds no working "
                    + "days there; nothing is deemed accepted", MAX_LOOKBACK_DAYS, today);
            return 0;
        }
        return deemed.deemAll(cutoff);
    }

    /**
     * Makes the other instances' scans wait for this transaction's phase: their set-based statements would
     * otherwise lock the same rows in orders of their own (deadlocks) only to find the work done.
     */
    private void exclusive(String phase) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "approval.reminder-scan|" + phase).getSingleResult();
    }

    /**
     * The latest intake date whose 5-working-day 补正 window closed before {@code today}, looking back at most
     * {@link #MAX_LOOKBACK_DAYS} days (a calendar loaded with a year of holidays has no such date); null if none.
     */
    static LocalDate deemedAcceptedCutoff(WorkingCalendar calendar, LocalDate today) {
        LocalDate latest = today.minusDays(1);
        for (int i = 0; i < MAX_LOOKBACK_DAYS; i++, latest = latest.minusDays(1)) {
            if (io.parksuite.approval.domain.ClockRules.isDeemedAccepted(calendar, latest, today)) {
                return latest;
            }
        }
        return null;
    }

    private int createReminders(WorkingCalendar calendar, LocalDate today, LocalDate horizon) {
        exclusive("reminders");
        OffsetDateTime now = now();
        List<Object[]> created = new ArrayList<>();
        created.addAll(insert("""
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select 'MATERIAL_DUE|' || a.id || '|' || a.deficiency_due_on, 'MATERIAL_DUE', a.id, null, 'APPLICANT',
                       coalesce(a.applicant_uscc, a.applicant_ref::text), a.deficiency_due_on,
                       '容缺材料请于 ' || a.deficiency_due_on || ' 前补齐（办件 ' || a.reference_number || '）', :now
                from application a
                where a.deficiency_due_on is not null and a.deficiency_due_on <= :horizon
                  and a.status in ('IN_REVIEW', 'SPECIAL_PROCEDURE')
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """, today, horizon, now));
        created.addAll(insert("""
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select 'SUPPLEMENT_DUE|' || a.id || '|' || a.supplement_due_on, 'MATERIAL_DUE', a.id, null, 'APPLICANT',
                       coalesce(a.applicant_uscc, a.applicant_ref::text), a.supplement_due_on,
                       '补正材料请于 ' || a.supplement_due_on || ' 前提交（办件 ' || a.reference_number || '）', :now
                from application a
                where a.status = 'SUPPLEMENT_REQUESTED' and a.supplement_due_on <= :horizon
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """, today, horizon, now));
        created.addAll(insert(ReminderStatements.taskReminders("TASK_DUE", "promised_deadline", ">= :today and %s <= :horizon",
                "'办件 ' || a.reference_number || ' 将于 ' || t.promised_deadline || ' 到期'"), today, horizon, now));
        created.addAll(insert(ReminderStatements.taskReminders("OVERDUE", "promised_deadline", "< :today",
                "'办件 ' || a.reference_number || ' 已超过承诺时限（' || t.promised_deadline || '）'"), today, horizon, now));
        created.addAll(insert(ReminderStatements.taskReminders("STATUTORY_DUE", "statutory_deadline", ">= :today and %s <= :horizon",
                "'办件 ' || a.reference_number || ' 将于 ' || t.statutory_deadline || ' 到达法定办结时限'"), today, horizon, now));
        created.addAll(insert(ReminderStatements.taskReminders("STATUTORY_OVERDUE", "statutory_deadline", "< :today",
                "'办件 ' || a.reference_number || ' 已超过法定办结时限（' || t.statutory_deadline || '）'"), today, horizon, now));
        created.addAll(insert(ReminderStatements.deliveryReminders("DELIVERY_DUE", ">= :today and a.delivery_deadline <= :horizon",
                "'办件 ' || a.reference_number || ' 的许可证件须于 ' || a.delivery_deadline || ' 前送达（行政许可法第四十四条）'"),
                today, horizon, now));
        created.addAll(insert(ReminderStatements.deliveryReminders("DELIVERY_OVERDUE", "< :today",
                "'办件 ' || a.reference_number || ' 的许可证件已超过送达期限（' || a.delivery_deadline || '）'"),
                today, horizon, now));
        created.addAll(insert(ReminderStatements.followUpReminders("TASK_DUE", ">= :today and %s <= :horizon",
                "'办件 ' || a.reference_number || ' 的' || %s || '将于 ' || %s || ' 到期'"), today, horizon, now));
        created.addAll(insert(ReminderStatements.followUpReminders("OVERDUE", "< :today",
                "'办件 ' || a.reference_number || ' 的' || %s || '已超过期限（' || %s || '）'"), today, horizon, now));
        created.addAll(itemClocks.createReminders(today, horizon, now));
        created.addAll(forecasts.insertWarnings(calendar, today, now));
        created.addAll(followUpForecasts.insertWarnings(calendar, today, now));
        if (created.isEmpty()) {
            return 0;
        }
        Map<UUID, Application> byId = applicationsById(created.stream().map(r -> (UUID) r[1]).distinct().toList());
        List<ApprovalEvents.DueReminder> due = new ArrayList<>(created.size());
        for (Object[] row : created) {
            Reminder reminder = new Reminder();
            reminder.id = ((Number) row[0]).longValue();
            reminder.applicationId = (UUID) row[1];
            reminder.kind = (String) row[2];
            reminder.taskId = (UUID) row[3];
            reminder.recipientType = (String) row[4];
            reminder.recipient = (String) row[5];
            reminder.dueOn = row[6] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[6];
            reminder.message = (String) row[7];
            due.add(new ApprovalEvents.DueReminder(byId.get(reminder.applicationId), reminder));
        }
        events.remindersDue(due);
        return created.size();
    }

    /** The applications, read-only: the scan publishes their snapshots and never changes them through the entities. */
    private Map<UUID, Application> applicationsById(List<UUID> ids) {
        Map<UUID, Application> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            entityManager.createQuery("from Application where id in ?1", Application.class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                    .getResultList().forEach(a -> byId.put(a.id, a));
        }
        return byId;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> insert(String sql, LocalDate today, LocalDate horizon, OffsetDateTime now) {
        var query = entityManager.createNativeQuery(sql).setParameter("now", now);
        if (sql.contains(":horizon")) {
            query.setParameter("horizon", horizon);
        }
        if (sql.contains(":today")) {
            query.setParameter("today", today);
        }
        return query.getResultList();
    }

    /**
     * Marks each clock's breach once: the promised and the statutory deadline of applications in review
     * (特别程序 pauses them), the delivery deadline of approved applications whose document is not delivered.
     */
    private int markBreached(WorkingCalendar calendar, LocalDate today) {
        exclusive("breaches");
        List<ApprovalEvents.Breach> itemBreaches = itemClocks.markBreached(calendar, today, now());
        events.deadlinesBreached(itemBreaches);
        return itemBreaches.size()
                + markBreached(calendar, today, DeadlineClock.PROMISED, "breached_at", "promised_deadline", "IN_REVIEW")
                + markBreached(calendar, today, DeadlineClock.STATUTORY, "statutory_breached_at", "statutory_deadline",
                "IN_REVIEW")
                + markBreached(calendar, today, DeadlineClock.DELIVERY, "delivery_breached_at", "delivery_deadline",
                "APPROVED")
                + markFollowUpsBreached(today, "breached_at", "due_on", "OPEN")
                + markFollowUpsBreached(today, "rectification_breached_at", "rectification_due_on", "RECTIFYING");
    }

    /**
     * Marks once the follow-ups past the deadline that runs for them; their OVERDUE reminders go to
     * the department. An application's clocks and its deadline-breached events are not theirs.
     */
    private int markFollowUpsBreached(LocalDate today, String markColumn, String deadlineColumn, String status) {
        return entityManager.createNativeQuery("""
                        update follow_up_task set %1$s = ?2
                        where status = '%3$s' and %2$s < ?1 and %1$s is null""".formatted(markColumn, deadlineColumn, status))
                .setParameter(1, today).setParameter(2, now()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private int markBreached(WorkingCalendar calendar, LocalDate today, DeadlineClock clock, String markColumn,
                             String deadlineColumn, String status) {
        List<UUID> marked = entityManager.createNativeQuery("""
                        update application set %1$s = ?2, updated_at = ?2, version = version + 1
                        where status = '%3$s' and %2$s < ?1 and %1$s is null
                        returning id""".formatted(markColumn, deadlineColumn, status), UUID.class)
                .setParameter(1, today).setParameter(2, now()).getResultList();
        List<ApprovalEvents.Breach> breaches = new ArrayList<>(marked.size());
        for (Application a : applicationsById(marked).values()) {
            LocalDate deadline = switch (clock) {
                case PROMISED -> a.promisedDeadline;
                case STATUTORY -> a.statutoryDeadline;
                case DELIVERY -> a.deliveryDeadline;
            };
            List<io.parksuite.platform.calendar.Pause> pauses = clock == DeadlineClock.DELIVERY
                    ? List.of() : a.clockPauses();
            breaches.add(new ApprovalEvents.Breach(a, clock, deadline, calendar.workingDaysBetween(deadline, today, pauses)));
        }
        events.deadlinesBreached(breaches);
        return marked.size();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Lets configuration switch the schedule off (tests and benchmarks trigger scans themselves). */
    public static class ScanDisabled implements Scheduled.SkipPredicate {
        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("parksuite.approval.reminders.scheduled", Boolean.class).orElse(true);
        }
    }
}
