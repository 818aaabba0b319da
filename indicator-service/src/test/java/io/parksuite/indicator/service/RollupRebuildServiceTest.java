package io.parksuite.indicator.service;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.indicator.domain.ReportStatus;
import io.parksuite.indicator.domain.Submission;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incrementally maintained rollup equals the one rebuilt from the facts, after random reports,
 * revisions and dimension snapshots (newer, older, repeated; many arriving after the reports they
 * classify) applied in a random order by three concurrent workers, as two consumer instances and
 * intake would.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class RollupRebuildServiceTest {

    private static final String[] STREETS = {"S_HUANGJINYUAN", "S_GAOTANGLING", "S_BAISHAZHOU", null};
    private static final String[] CHAINS = {"NONFERROUS_ADVANCED_MANUFACTURING", "FOOD_PROCESSING",
            "ELECTRONIC_INFORMATION", "BIOMEDICINE"};
    private static final String[] DESIGNATIONS = {"ABOVE_SCALE_INDUSTRY", "HIGH_TECH", "LEADING"};

    @Inject
    Registry registry;

    @Inject
    ReportIntake intake;

    @Inject
    RollupRebuild rebuild;

    @Inject
    Jdbc jdbc;

    @Inject
    Rollup rollup;

    @Inject
    EnterpriseDimensions dimensions;

    @Inject
    Classifications classifications;

    @Test
    void rebuildEqualsIncrementalAfterRandomInterleavings() throws Exception {
        for (long seed : new long[]{7, 2024, 31337}) {
            runRandomScenario(new Random(seed));
            assertRollupEqualsFacts("seed " + seed);
        }

        Map<String, String> before = normalised(current());
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().post("/api/v1/indicators/rebuild")
                .then().statusCode(200).body("cells", greaterThan(0)).body("reports", greaterThan(0));
        assertEquals(before, normalised(current()), "a rebuild changes nothing when the rollup is exact");
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().post("/api/v1/indicators/rebuild").then().statusCode(403);
    }

    @Test
    void consumerBatchesOfSnapshotsKeepTheNewestOfEachAndMoveContributionsExactly() {
        Random random = new Random(1978);
        List<String> usccs = new ArrayList<>();
        for (int e = 0; e < 8; e++) {
            String uscc = TestUscc.random();
            usccs.add(uscc);
            registry.apply(randomSnapshot(random, uscc, 1));
            List<Submission> submissions = new ArrayList<>();
            for (int month = 2; month <= 12; month += 1 + random.nextInt(3)) {
                submissions.add(new Submission(submissions.size() + 1, uscc, new Period(2013, month),
                        ReportStatus.PRELIMINARY, figures(random)));
            }
            submit(submissions);
        }
        Map<String, Long> held = new HashMap<>();
        usccs.forEach(uscc -> held.put(uscc, 1L));
        Map<String, IncomingEvent> newest = new HashMap<>();
        for (int b = 0; b < 10; b++) {
            List<IncomingEvent> batch = new ArrayList<>();
            Map<String, Long> batchNewest = new HashMap<>();
            for (int i = 0; i < 3 + random.nextInt(10); i++) {
                String uscc = usccs.get(random.nextInt(usccs.size()));
                long version = 1 + random.nextInt(b + 3);
                IncomingEvent event = randomSnapshot(random, uscc, (int) version).event();
                batch.add(event);
                if (i % 4 == 0) {
                    batch.add(event);
                }
                if (version > batchNewest.getOrDefault(uscc, 0L)) {
                    batchNewest.put(uscc, version);
                    if (version > held.get(uscc)) {
                        newest.put(uscc, event);
                    }
                }
            }
            String newUscc = TestUscc.random();
            IncomingEvent registered = randomSnapshot(random, newUscc, 0).event();
            batch.add(random.nextInt(batch.size()), registered);
            newest.put(newUscc, registered);
            batchNewest.put(newUscc, 0L);
            held.put(newUscc, -1L);

            Set<String> applied = QuarkusTransaction.requiringNew().call(() -> dimensions.applyAll(batch));

            Set<String> expected = new TreeSet<>();
            batchNewest.forEach((uscc, version) -> {
                if (version > held.get(uscc)) {
                    expected.add(uscc);
                    held.put(uscc, version);
                }
            });
            assertEquals(expected, applied, "batch " + b);
        }
        held.forEach((uscc, version) -> assertEquals(version.longValue(),
                dimensions.find(uscc).orElseThrow().aggregateVersion, uscc));
        Map<String, Classification> stored = QuarkusTransaction.requiringNew().call(() ->
                jdbc.call(connection -> classifications.load(connection, newest.keySet())));
        newest.forEach((uscc, event) -> {
            Classification expected = EnterpriseDimensions.classificationOf(event.data());
            Classification actual = stored.get(uscc);
            assertEquals(expected.streetCode(), actual.streetCode(), uscc);
            assertEquals(Set.copyOf(expected.chains()), Set.copyOf(actual.chains()), uscc);
            assertEquals(Set.copyOf(expected.designations()), Set.copyOf(actual.designations()), uscc);
        });
        assertRollupEqualsFacts("consumer batches");
    }

    private void runRandomScenario(Random random) throws Exception {
        List<Runnable> first = new ArrayList<>();
        List<Runnable> rest = new ArrayList<>();
        for (int e = 0; e < 12; e++) {
            String uscc = TestUscc.random();
            first.add(() -> registry.apply(randomSnapshot(random(uscc), uscc, 1)));
            for (int version = 2; version <= 4; version++) {
                Registry.Snapshot snapshot = randomSnapshot(new Random(random.nextLong()), uscc, version);
                rest.add(() -> registry.apply(snapshot));
                if (random.nextInt(3) == 0) {
                    rest.add(() -> registry.apply(snapshot));
                }
            }
            for (int batch = 0; batch < 6; batch++) {
                List<Submission> submissions = new ArrayList<>();
                List<Period> periods = new ArrayList<>();
                for (int year = 2012; year <= 2015; year++) {
                    for (int month = 2; month <= 12; month++) {
                        periods.add(new Period(year, month));
                    }
                }
                Collections.shuffle(periods, random);
                int count = 1 + random.nextInt(5);
                for (int i = 0; i < count; i++) {
                    submissions.add(new Submission(i + 1, uscc, periods.get(i),
                            random.nextInt(4) == 0 ? ReportStatus.FINAL : ReportStatus.PRELIMINARY, figures(random)));
                }
                rest.add(() -> submit(submissions));
            }
        }
        Collections.shuffle(rest, random);
        ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>(first);
        queue.addAll(rest);
        ExecutorService workers = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            done.add(workers.submit(() -> {
                Runnable next;
                while ((next = queue.poll()) != null) {
                    next.run();
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        workers.shutdown();
    }

    private static Random random(String uscc) {
        return new Random(uscc.hashCode());
    }

    private void submit(List<Submission> submissions) {
        try {
            QuarkusTransaction.requiringNew().run(() -> intake.submit(submissions, "rebuild-test"));
        } catch (ProblemException refused) {
            assertTrue(refused.getMessage().contains("nothing was written"), refused.getMessage());
        }
    }

    private static Registry.Snapshot randomSnapshot(Random random, String uscc, int version) {
        Registry.Snapshot snapshot = Registry.snapshot(uscc, version).street(STREETS[random.nextInt(STREETS.length)]);
        int chains = random.nextInt(3);
        for (int i = 0; i < chains; i++) {
            LocalDate from = LocalDate.of(2011 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate to = random.nextBoolean() ? null : from.plusDays(random.nextInt(900));
            snapshot.chain(CHAINS[random.nextInt(CHAINS.length)] + (i == 1 ? "" : ""), from, to);
        }
        for (int year = 2012; year <= 2016; year++) {
            for (String designation : DESIGNATIONS) {
                if (random.nextInt(3) > 0) {
                    snapshot.designation(designation, year);
                }
            }
        }
        return snapshot;
    }

    private static ReportFigures figures(Random random) {
        BigDecimal output = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
        BigDecimal sales = output.multiply(BigDecimal.valueOf(0.97)).setScale(2, RoundingMode.HALF_UP);
        return new ReportFigures(output, sales,
                output, BigDecimal.valueOf(random.nextInt(1_000_000), 2), random.nextInt(2000),
                random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1_000_000), 3),
                sales.multiply(BigDecimal.valueOf(random.nextInt(100), 2)).setScale(2, RoundingMode.DOWN));
    }

    private void assertRollupEqualsFacts(String scenario) {
        Map<String, String> incremental = normalised(current());
        Map<String, String> fromFacts = normalised(QuarkusTransaction.requiringNew().call(() -> rebuild.fromFacts()));
        assertTrue(incremental.size() > 100, "the scenario filled the rollup: " + incremental.size());
        assertEquals(fromFacts, incremental, scenario);
    }

    private Map<Cell, Measures> current() {
        return QuarkusTransaction.requiringNew().call(() -> jdbc.call(rollup::all));
    }

    private static Map<String, String> normalised(Map<Cell, Measures> cells) {
        Map<String, String> normalised = new TreeMap<>();
        cells.forEach((cell, m) -> normalised.put(cell.toString(), m.enterprises() + "|" + scale(m.outputValue()) + "|"
                + scale(m.salesOutput()) + "|" + scale(m.revenue()) + "|" + scale(m.tax()) + "|" + m.employees() + "|"
                + m.energy().setScale(3, RoundingMode.UNNECESSARY)));
        return normalised;
    }

    private static String scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
