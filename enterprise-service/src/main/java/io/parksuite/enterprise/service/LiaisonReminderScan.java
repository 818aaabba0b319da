package io.parksuite.enterprise.service;

import io.parksuite.enterprise.config.LiaisonReminderConfig;
import io.parksuite.enterprise.domain.ParkDay;
import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * 诉求提醒: the scheduled scan of the liaison requests. A pending request (OPEN, IN_PROGRESS) whose deadline is
 * within the window of working days ({@link WorkingCalendar}: holidays and 调休 count, with the notices loaded at
 * the approval desk, {@link LoadedCalendar}) is DUE in its officer's inbox; one past its deadline is OVERDUE there and ESCALATED to park-admin. Resolved and closed
 * requests are left alone. Set-based inserts against a unique key per request and kind ("on conflict do
 * nothing") make each reminder exist once whatever the number of scans or instances; the scan's transaction
 * also holds an advisory lock, so that concurrent instances take turns instead of racing for the same rows.
 */
@ApplicationScoped
public class LiaisonReminderScan {

    private static final Logger LOG = Logger.getLogger(LiaisonReminderScan.class);
    static final String LOCK = "enterprise.liaison-reminder-scan";

    /** What one scan created. */
    public record Result(LocalDate scannedOn, LocalDate dueUntil, int due, int overdue, int escalated) {
    }

    private final LoadedCalendar calendars;
    private final EntityManager entityManager;
    private final LiaisonReminderConfig config;
    private final Clock clock;

    public LiaisonReminderScan(EntityManager entityManager, LoadedCalendar calendars, LiaisonReminderConfig config,
                               Clock clock) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${parksuite.liaison.reminders.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ScanDisabled.class)
    void scheduled() {
        try {
            Result result = scan();
            if (result.due() + result.overdue() + result.escalated() > 0) {
                LOG.infof("Liaison reminders: %d due, %d overdue, %d escalated", result.due(), result.overdue(),
                        result.escalated());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Liaison reminder scan failed: %s", e.getMessage());
        }
    }

    /** Scans as of the park's day today. */
    public Result scan() {
        return scanOn(ParkDay.today(clock));
    }

    /** Scans as of {@code today}: a request is due when its deadline falls from today to the window's last day. */
    public Result scanOn(LocalDate today) {
        LocalDate dueUntil = calendars.current().addWorkingDays(today, config.windowWorkingDays());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                    .setParameter(1, LOCK).getSingleResult();
            int due = insert("""
                    insert into liaison_reminder (request_id, kind, officer_id, recipient_role, uscc, due_on, message, created_at)
                    select r.id, 'DUE', r.officer_id, null, r.uscc, r.deadline,
                           '诉求「' || r.title || '」将于 ' || r.deadline || ' 到期', :now
                    from liaison_request r
                    where r.status in ('OPEN', 'IN_PROGRESS') and r.officer_id is not null
                      and r.deadline >= :today and r.deadline <= :until
                    order by r.id
                    on conflict (request_id, kind) do nothing""", today, dueUntil, now);
            int overdue = insert("""
                    insert into liaison_reminder (request_id, kind, officer_id, recipient_role, uscc, due_on, message, created_at)
                    select r.id, 'OVERDUE', r.officer_id, null, r.uscc, r.deadline,
                           '诉求「' || r.title || '」已超过办理期限（' || r.deadline || '）', :now
                    from liaison_request r
                    where r.status in ('OPEN', 'IN_PROGRESS') and r.officer_id is not null and r.deadline < :today
                    order by r.id
                    on conflict (request_id, kind) do nothing""", today, dueUntil, now);
            int escalated = insert("""
                    insert into liaison_reminder (request_id, kind, officer_id, recipient_role, uscc, due_on, message, created_at)
                    select r.id, 'ESCALATION', r.officer_id, '%s', r.uscc, r.deadline,
                           '逾期督办：企业 ' || r.uscc || ' 的诉求「' || r.title || '」已超过办理期限（' || r.deadline || '）'
                           || case when r.officer_id is null then '，尚无联点干部' else '' end, :now
                    from liaison_request r
                    where r.status in ('OPEN', 'IN_PROGRESS') and r.deadline < :today
                    order by r.id
                    on conflict (request_id, kind) do nothing""".formatted(Roles.PARK_ADMIN), today, dueUntil, now);
            return new Result(today, dueUntil, due, overdue, escalated);
        });
    }

    private int insert(String sql, LocalDate today, LocalDate until, OffsetDateTime now) {
        var query = entityManager.createNativeQuery(sql).setParameter("today", today).setParameter("now", now);
        if (sql.contains(":until")) {
            query.setParameter("until", until);
        }
        return query.executeUpdate();
    }

    /** Lets configuration switch the schedule off (tests run scans themselves). */
    @jakarta.inject.Singleton
    public static class ScanDisabled implements Scheduled.SkipPredicate {

        private final LiaisonReminderConfig config;

        public ScanDisabled(LiaisonReminderConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.scheduled();
        }
    }
}
