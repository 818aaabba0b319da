package io.parksuite.approval.service;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.parksuite.approval.ApprovalFixtures.createItem;
import static io.parksuite.approval.ApprovalFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances scanning the same database at once (two threads calling {@code scan()}), over thousands of
 * applications already past their deadlines: each reminder, each breach on each clock and each deemed
 * acceptance is recorded once and announced by one event; a later scan adds nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class TwoInstanceScanServiceTest {

    private static final int IN_REVIEW = 2_000;
    private static final int APPROVED = 300;
    private static final int SUBMITTED = 1_200;

    @Inject
    ReminderScan scan;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void twoConcurrentScansRecordAndAnnounceEachReminderBreachAndDeemedAcceptanceOnce() throws Exception {
        String dept = unique("dept-twin");
        String item = unique("TWIN");
        createItem(item, dept, 20, 2);
        String prefix = "TW" + item.substring(item.length() - 8);
        DueApplications.seed(entityManager, prefix, item, dept, WorkingCalendar.today(clock), IN_REVIEW, APPROVED, SUBMITTED);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        ReminderScan.Result a;
        ReminderScan.Result b;
        try {
            Callable<ReminderScan.Result> run = () -> scan.scan();
            Future<ReminderScan.Result> first = pool.submit(run);
            Future<ReminderScan.Result> second = pool.submit(run);
            a = first.get(5, TimeUnit.MINUTES);
            b = second.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        long reminders = count("select count(*) from reminder r join application a on a.id = r.application_id "
                + "where a.reference_number like ?1", prefix);
        long breaches = count("""
                select count(breached_at) + count(statutory_breached_at) + count(delivery_breached_at)
                from application where reference_number like ?1""", prefix);
        // in review, and deemed accepted 60 days after intake: the promised and the statutory overdue reminder of
        // its task, and both breaches; approved: the delivery reminder and breach
        assertEquals(2L * (IN_REVIEW + SUBMITTED) + APPROVED, reminders);
        assertEquals(2L * (IN_REVIEW + SUBMITTED) + APPROVED, breaches);
        // the scans also cover what other tests left in the database, never less than these
        assertTrue(a.remindersCreated() + b.remindersCreated() >= reminders, a + " / " + b);
        assertTrue(a.breached() + b.breached() >= breaches, a + " / " + b);
        assertTrue(a.deemedAccepted() + b.deemedAccepted() >= SUBMITTED, a + " / " + b);

        assertEquals(reminders, events(prefix, ApprovalEvents.REMINDER_DUE));
        assertEquals(reminders, count("""
                select count(distinct o.payload -> 'reminder' ->> 'reminderId') from outbox_event o
                join application a on a.id::text = o.aggregate_id
                where a.reference_number like ?1 and o.type = 'parksuite.approval.reminder-due.v1'""", prefix));
        assertEquals(breaches, events(prefix, ApprovalEvents.DEADLINE_BREACHED));
        assertEquals(breaches, count("""
                select count(distinct o.aggregate_id || '|' || (o.payload ->> 'clock')) from outbox_event o
                join application a on a.id::text = o.aggregate_id
                where a.reference_number like ?1 and o.type = 'parksuite.approval.deadline-breached.v1'""", prefix));
        assertEquals(SUBMITTED, events(prefix, ApprovalEvents.ACCEPTED));
        assertEquals(SUBMITTED, count("""
                select count(*) from application_step s join application a on a.id = s.application_id
                where a.reference_number like ?1 and s.step = 'DEEM_ACCEPTED'""", prefix));
        assertEquals(IN_REVIEW + APPROVED + SUBMITTED, count("""
                select count(*) from application_task t join application a on a.id = t.application_id
                where a.reference_number like ?1""", prefix), "one task per application, none added twice");

        ReminderScan.Result again = scan.scan();
        assertEquals(List.of(0, 0, 0), List.of(again.remindersCreated(), again.breached(), again.deemedAccepted()),
                again.toString());
        assertEquals(reminders + breaches + SUBMITTED, events(prefix, ApprovalEvents.REMINDER_DUE)
                + events(prefix, ApprovalEvents.DEADLINE_BREACHED) + events(prefix, ApprovalEvents.ACCEPTED));
    }

    private long events(String prefix, String type) {
        return count("""
                select count(*) from outbox_event o join application a on a.id::text = o.aggregate_id
                where a.reference_number like ?1 and o.type = '%s'""".formatted(type), prefix);
    }

    private long count(String sql, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
    }

    /** Set-based seeding of applications past their deadlines, as the chaos suite does through SQL. */
    static final class DueApplications {

        private DueApplications() {
        }

        static void seed(EntityManager entityManager, String prefix, String item, String dept, LocalDate today,
                         int inReview, int approved, int submitted) {
            QuarkusTransaction.requiringNew().run(() -> {
                insert(entityManager, prefix + "R", item, dept, today, "IN_REVIEW", inReview);
                insert(entityManager, prefix + "A", item, dept, today, "APPROVED", approved);
                insert(entityManager, prefix + "S", item, dept, today, "SUBMITTED", submitted);
                entityManager.createNativeQuery("""
                                insert into application_task (id, application_id, department, item_codes, status,
                                    promised_limit_days, statutory_limit_days, promised_deadline, statutory_deadline, version)
                                select gen_random_uuid(), id, ?2, jsonb_build_array(item_code),
                                    case status when 'APPROVED' then 'APPROVED' else 'PENDING' end, 2, 20,
                                    coalesce(promised_deadline, ?3), statutory_deadline, 0
                                from application where reference_number like ?1 and status <> 'SUBMITTED'""")
                        .setParameter(1, prefix + "%").setParameter(2, dept).setParameter(3, today.minusDays(40))
                        .executeUpdate();
            });
        }

        private static void insert(EntityManager entityManager, String prefix, String item, String dept, LocalDate today,
                                   String status, int n) {
            boolean submitted = status.equals("SUBMITTED");
            entityManager.createNativeQuery("""
                            insert into application (id, reference_number, item_code, applicant_person_id, applicant_name,
                                channel, status, form_data, notify_commitment, build_first, created_at, submitted_at,
                                intake_date, acceptance, accepted_at, accepted_on, promised_limit_days, statutory_limit_days,
                                department_list, promised_deadline, statutory_deadline, delivery_deadline, result, pauses,
                                visits, rated, supplement_requested, updated_at, version)
                            select gen_random_uuid(), ?1 || lpad(g::text, 7, '0'), ?2, null, '到期测试企业' || g,
                                'ONLINE', ?4, '{}'::jsonb, false, false, now(), now(), cast(?5 as date) - 60,
                                case when ?6 then null else 'ACCEPTED' end, case when ?6 then null else now() end,
                                case when ?6 then null else cast(?5 as date) - 40 end, 2, 20, ',' || ?3 || ',',
                                case when ?6 then null else cast(?5 as date) - 10 end, case when ?6 then null else cast(?5 as date) - 3 end,
                                case when ?4 = 'APPROVED' then cast(?5 as date) - 2 end, case when ?4 = 'APPROVED' then 'APPROVED' end,
                                '[]'::jsonb, 0, false, false, now(), 0
                            from generate_series(1, ?7) g""")
                    .setParameter(1, prefix).setParameter(2, item).setParameter(3, dept).setParameter(4, status)
                    .setParameter(5, today).setParameter(6, submitted).setParameter(7, n).executeUpdate();
        }
    }
}
