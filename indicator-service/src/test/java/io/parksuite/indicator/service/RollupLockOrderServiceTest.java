package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.Registry;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.indicator.domain.ReportStatus;
import io.parksuite.indicator.domain.Submission;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every writer of the rollups takes its locks in one order: bulk intakes over the same
 * enterprises in shuffled orders, enterprise-event batches reclassifying those enterprises (as
 * two consumer instances apply them, one transaction per batch), rebuilds (from either instance)
 * and project-event batches of two instances all run at once without a single deadlock, and the
 * rollups end equal to the sums of their facts. Nothing here retries.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class RollupLockOrderServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STREETS = {"S_HUANGJINYUAN", "S_GAOTANGLING", "S_BAISHAZHOU", null};
    private static final String[] CHAINS = {"FOOD_PROCESSING", "ELECTRONIC_INFORMATION", "BIOMEDICINE"};
    private static final int YEAR = 1989;

    @Inject
    Registry registry;

    @Inject
    EnterpriseDimensions dimensions;

    @Inject
    ReportIntake intake;

    @Inject
    RollupRebuild rebuild;

    @Inject
    ProjectFacts projects;

    @Inject
    Rollup rollup;

    @Inject
    Jdbc jdbc;

    @Inject
    EntityManager entityManager;

    @Test
    void intakesConsumerBatchesAndRebuildsInShuffledOrdersNeverDeadlockAndTotalsStayExact() throws Exception {
        Random random = new Random(14);
        List<String> usccs = new ArrayList<>();
        Map<String, AtomicLong> versions = new java.util.HashMap<>();
        for (int e = 0; e < 10; e++) {
            String uscc = TestUscc.random();
            usccs.add(uscc);
            versions.put(uscc, new AtomicLong(1));
            registry.apply(snapshot(random, uscc, 1));
        }
        List<Runnable> intakes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            List<Submission> submissions = submissions(new Random(random.nextLong()), usccs);
            intakes.add(() -> QuarkusTransaction.requiringNew().run(() -> intake.submit(submissions, "lock-order")));
        }
        List<Runnable> batches = new ArrayList<>();
        for (int b = 0; b < 24; b++) {
            List<String> subset = new ArrayList<>(usccs);
            Collections.shuffle(subset, random);
            List<IncomingEvent> batch = new ArrayList<>();
            for (String uscc : subset.subList(0, 4 + random.nextInt(6))) {
                batch.add(snapshot(random, uscc, versions.get(uscc).incrementAndGet()).event());
            }
            batches.add(() -> QuarkusTransaction.requiringNew().run(() -> dimensions.applyAll(batch)));
        }
        List<Runnable> rebuilds = List.of(rebuild::rebuild, rebuild::rebuild, rebuild::rebuild);

        runAtOnce(List.of(intakes, intakes.subList(12, 24), batches.subList(0, 12), batches.subList(12, 24), rebuilds));

        Map<Cell, Measures> incremental = QuarkusTransaction.requiringNew().call(() -> jdbc.call(rollup::all));
        Map<Cell, Measures> fromFacts = QuarkusTransaction.requiringNew().call(() -> rebuild.fromFacts());
        assertEquals(normalised(fromFacts), normalised(incremental));
        BigDecimal facts = QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery(
                "select sum(output_value_yuan) from statistical_report where current and year = ?1")
                .setParameter(1, YEAR).getSingleResult());
        BigDecimal park = incremental.entrySet().stream()
                .filter(c -> c.getKey().scope() == Cell.Scope.ALL && c.getKey().dimension() == Cell.Dimension.PARK
                        && c.getKey().scopeYear() == YEAR && c.getKey().periodYear() == YEAR)
                .map(c -> c.getValue().outputValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(facts.signum() > 0);
        assertEquals(0, facts.compareTo(park), "the park's rollup sums exactly the current reports: " + park);
    }

    @Test
    void projectBatchesOfTwoInstancesSharingRollupCellsNeverDeadlock() throws Exception {
        Random random = new Random(2014);
        List<List<Runnable>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            List<Runnable> batches = new ArrayList<>();
            for (int b = 0; b < 15; b++) {
                List<IncomingEvent> batch = new ArrayList<>();
                for (int p = 0; p < 8; p++) {
                    String id = UUID.randomUUID().toString();
                    batch.add(projectEvent("parksuite.project.created.v1", project(id, 0, null, 0)));
                    batch.add(projectEvent("parksuite.project.investment-reported.v1", project(id, 1,
                            "%d-%02d".formatted(YEAR - 1, 2 + random.nextInt(11)), 10 + random.nextInt(90))));
                }
                batches.add(() -> QuarkusTransaction.requiringNew().run(() -> batch.forEach(projects::apply)));
            }
            instances.add(batches);
        }

        runAtOnce(instances);

        List<Object[]> mismatched = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select r.month, r.completed_yuan, f.completed
                  from (select month, projects, completed_yuan from fai_rollup where year = ?1 and dimension = 'PARK') r
                  full join (select greatest(i.month, 2) m, sum(i.completed_yuan) completed,
                                    count(distinct project_id) projects
                               from project_investment i join project_copy p using (project_id)
                              where p.fai_eligible and i.year = ?1 group by m) f on f.m = r.month
                 where r.completed_yuan is distinct from f.completed or r.projects is distinct from f.projects""")
                .setParameter(1, YEAR - 1).getResultList());
        assertTrue(mismatched.isEmpty(), "the FAI rollup sums its facts exactly");
    }

    /** Runs each list on a thread of its own, all at once, and fails on the first failure of any. */
    private static void runAtOnce(List<List<Runnable>> lanes) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Runnable> lane : lanes) {
                ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>(lane);
                done.add(threads.submit(() -> {
                    Runnable next;
                    while ((next = queue.poll()) != null) {
                        next.run();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Submission> submissions(Random random, List<String> usccs) {
        List<String> order = new ArrayList<>(usccs);
        Collections.shuffle(order, random);
        List<Submission> submissions = new ArrayList<>();
        for (String uscc : order) {
            List<Integer> months = new ArrayList<>(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
            Collections.shuffle(months, random);
            for (int month : months.subList(0, 1 + random.nextInt(3))) {
                BigDecimal output = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
                submissions.add(new Submission(submissions.size() + 1, uscc, new Period(YEAR, month),
                        ReportStatus.PRELIMINARY, new ReportFigures(output, output, output,
                        BigDecimal.valueOf(random.nextInt(100_000), 2), random.nextInt(500), null,
                        BigDecimal.ZERO)));
            }
        }
        return submissions;
    }

    private static Registry.Snapshot snapshot(Random random, String uscc, long version) {
        Registry.Snapshot snapshot = Registry.snapshot(uscc, version).street(STREETS[random.nextInt(STREETS.length)]);
        if (random.nextBoolean()) {
            snapshot.chain(CHAINS[random.nextInt(CHAINS.length)], LocalDate.of(YEAR - 1, 1 + random.nextInt(12), 1),
                    null);
        }
        if (random.nextBoolean()) {
            snapshot.aboveScale(YEAR, YEAR + 1);
        }
        return snapshot;
    }

    private static String project(String id, long version, String period, long completed) {
        return """
                {"id":"%s","name":"测试项目","chainCode":"ELECTRONIC_INFORMATION","plannedInvestmentYuan":500000000,
                 "faiEligible":true,"stage":"CONSTRUCTION","milestones":{"signed":null},"aggregateVersion":%d%s}"""
                .formatted(id, version, period == null ? "" : ",\"period\":\"" + period + "\",\"completedYuan\":" + completed);
    }

    private static IncomingEvent projectEvent(String type, String payload) {
        try {
            return new IncomingEvent(UUID.randomUUID().toString(), type, "/parksuite/project-service", null,
                    OffsetDateTime.now(ZoneOffset.UTC), JSON.readTree(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> normalised(Map<Cell, Measures> cells) {
        Map<String, String> normalised = new java.util.TreeMap<>();
        cells.forEach((cell, m) -> normalised.put(cell.toString(), m.enterprises() + "|"
                + m.outputValue().stripTrailingZeros().toPlainString() + "|" + m.tax().stripTrailingZeros().toPlainString()
                + "|" + m.employees()));
        return normalised;
    }
}
