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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reminder scan over many open applications against the service's real database, without HTTP:
 * seeds {@code bench.openApplications} (default 100,000) applications in review with one task each,
 * deadlines spread over 60 days and every tenth with 容缺 materials due, then times a first scan and a
 * repeat scan. Runs only with {@code -Dbench.scan=true}; prints a BENCH line, asserts correctness only.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.scan", matches = "true")
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ReminderScanBenchmark {

    private static final int OPEN = Integer.getInteger("bench.openApplications", 100_000);

    @Inject
    ReminderScan scan;

    @Inject
    EntityManager entityManager;

    @Test
    void reminderScanOverOpenApplications() {
        scan.scan();
        long seedStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into application (id, reference_number, item_code, applicant_person_id, applicant_name, channel, status,
                        form_data, notify_commitment, build_first, created_at, submitted_at, intake_date, acceptance, accepted_at,
                        accepted_on, promised_limit_days, statutory_limit_days, department_list, promised_deadline, pauses,
                        deficiency, deficiency_due_on, visits, rated, supplement_requested, updated_at, version)
                    select gen_random_uuid(), 'BENCH' || lpad(g::text, 9, '0'), 'BENCH-ITEM', 'bench-' || g, '基准测试企业' || g,
                        'ONLINE', 'IN_REVIEW', '{}'::jsonb, false, false, now(), now(), current_date, 'ACCEPTED', now(),
                        current_date, 20, 20, ',bench-dept,', current_date + (g % 60), '[]'::jsonb,
                        case when g % 10 = 0 then jsonb_build_object('missingMaterialCodes', jsonb_build_array('x'),
                            'commitment', '承诺', 'dueOn', current_date + (g % 30), 'resolved', false) end,
                        case when g % 10 = 0 then current_date + (g % 30) end, 0, false, false, now(), 0
                    from generate_series(1, ?1) g""").setParameter(1, OPEN).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into application_task (id, application_id, department, item_codes, status, promised_limit_days,
                        statutory_limit_days, promised_deadline, version)
                    select gen_random_uuid(), id, 'bench-dept', '["BENCH-ITEM"]'::jsonb, 'PENDING', 20, 20, promised_deadline, 0
                    from application where reference_number like 'BENCH%'""").executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("analyze application").executeUpdate();
            entityManager.createNativeQuery("analyze application_task").executeUpdate();
        });
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        long t0 = System.nanoTime();
        ReminderScan.Result first = scan.scan();
        long t1 = System.nanoTime();
        ReminderScan.Result repeat = scan.scan();
        long t2 = System.nanoTime();
        assertTrue(first.remindersCreated() > 0, first.toString());
        assertEquals(0, repeat.remindersCreated(), repeat.toString());
        System.out.println("BENCH approval-reminder-scan " + String.format(Locale.ROOT,
                "{\"openApplications\": %d, \"seedSeconds\": %.1f, \"firstScanSeconds\": %.2f, \"remindersCreated\": %d, "
                        + "\"repeatScanSeconds\": %.2f}", OPEN, seedSeconds, (t1 - t0) / 1e9, first.remindersCreated(),
                (t2 - t1) / 1e9));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from reminder where application_id in "
                    + "(select id from application where reference_number like 'BENCH%')").executeUpdate();
            entityManager.createNativeQuery("delete from application_task where application_id in "
                    + "(select id from application where reference_number like 'BENCH%')").executeUpdate();
            entityManager.createNativeQuery("delete from application where reference_number like 'BENCH%'").executeUpdate();
        });
    }
}
