package io.parksuite.approval.service;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reminder scan over many open applications against the service's real database, without HTTP:
 * seeds {@code bench.openApplications} (default 100,000) applications in review with one task each,
 * promised deadlines spread over 60 days (statutory ones 20 days later) and every tenth with 容缺 materials
 * due, then times {@code bench.scanRuns} (default 5) first scans, each after the previous run's reminders
 * are removed and its events published, and one repeat scan. Runs only with {@code -Dbench.scan=true};
 * prints a BENCH line with every run and the median, asserts correctness only.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.scan", matches = "true")
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ReminderScanBenchmarkServiceTest {

    private static final int OPEN = Integer.getInteger("bench.openApplications", 100_000);
    private static final int RUNS = Integer.getInteger("bench.scanRuns", 5);

    @Inject
    ReminderScan scan;

    @Inject
    EntityManager entityManager;

    /** Undoes a first scan's reminders so that the next run is a first scan again. */
    private void forgetReminders() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from reminder where application_id in "
                + "(select id from application where reference_number like 'BENCH%')").executeUpdate());
    }

    /** Lets the relay publish the previous run's events first, so that no run competes with it for the CPU. */
    private void awaitOutboxDrained() {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue()) == 0);
    }

    @Test
    void reminderScanOverOpenApplications() {
        scan.scan();
        long seedStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into application (id, reference_number, item_code, applicant_person_id, applicant_name, channel, status,
                        form_data, notify_commitment, build_first, created_at, submitted_at, intake_date, acceptance, accepted_at,
                        accepted_on, promised_limit_days, statutory_limit_days, department_list, promised_deadline,
                        statutory_deadline, pauses,
                        deficiency, deficiency_due_on, visits, rated, supplement_requested, updated_at, version)
                    select gen_random_uuid(), 'BENCH' || lpad(g::text, 9, '0'), 'BENCH-ITEM', 'bench-' || g, '基准测试企业' || g,
                        'ONLINE', 'IN_REVIEW', '{}'::jsonb, false, false, now(), now(), current_date, 'ACCEPTED', now(),
                        current_date, 20, 20, ',bench-dept,', current_date + (g % 60), current_date + (g % 60) + 20,
                        '[]'::jsonb,
                        case when g % 10 = 0 then jsonb_build_object('missingMaterialCodes', jsonb_build_array('x'),
                            'commitment', '承诺', 'dueOn', current_date + (g % 30), 'resolved', false) end,
                        case when g % 10 = 0 then current_date + (g % 30) end, 0, false, false, now(), 0
                    from generate_series(1, ?1) g""").setParameter(1, OPEN).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into application_task (id, application_id, department, item_codes, status, promised_limit_days,
                        statutory_limit_days, promised_deadline, statutory_deadline, version)
                    select gen_random_uuid(), id, 'bench-dept', '["BENCH-ITEM"]'::jsonb, 'PENDING', 20, 20, promised_deadline,
                        statutory_deadline, 0
                    from application where reference_number like 'BENCH%'""").executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("analyze application").executeUpdate();
            entityManager.createNativeQuery("analyze application_task").executeUpdate();
        });
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        List<Double> firstScans = new ArrayList<>();
        ReminderScan.Result first = null;
        for (int run = 0; run < RUNS; run++) {
            if (run > 0) {
                forgetReminders();
            }
            awaitOutboxDrained();
            long t0 = System.nanoTime();
            first = scan.scan();
            firstScans.add((System.nanoTime() - t0) / 1e9);
            assertTrue(first.remindersCreated() > 0, first.toString());
        }
        awaitOutboxDrained();
        long t1 = System.nanoTime();
        ReminderScan.Result repeat = scan.scan();
        double repeatSeconds = (System.nanoTime() - t1) / 1e9;
        assertEquals(0, repeat.remindersCreated(), repeat.toString());
        List<Double> sorted = firstScans.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.println("BENCH approval-reminder-scan " + String.format(Locale.ROOT,
                "{\"openApplications\": %d, \"seedSeconds\": %.1f, \"firstScanRuns\": %s, \"firstScanMedianSeconds\": %.2f, "
                        + "\"remindersCreated\": %d, \"repeatScanSeconds\": %.2f}", OPEN, seedSeconds,
                firstScans.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList(), median,
                first.remindersCreated(), repeatSeconds));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from reminder where application_id in "
                    + "(select id from application where reference_number like 'BENCH%')").executeUpdate();
            entityManager.createNativeQuery("delete from application_task where application_id in "
                    + "(select id from application where reference_number like 'BENCH%')").executeUpdate();
            entityManager.createNativeQuery("delete from application where reference_number like 'BENCH%'").executeUpdate();
        });
    }
}
