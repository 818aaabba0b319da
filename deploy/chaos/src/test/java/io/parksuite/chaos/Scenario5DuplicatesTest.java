package io.parksuite.chaos;

import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.EventLog;
import io.parksuite.chaos.support.Forgery;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.ReadModels.Copy;
import io.parksuite.chaos.support.Registry;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 5: duplicates injected on {@code enterprise.events} under load: registrations
 * re-published byte for byte (same event id: each consumer must count them as duplicates), the
 * same payloads under new event ids, and, for enterprises renamed since, their older registration
 * snapshot under a new id. Every copy must keep the registry's version: 1 for the renamed, 0 for
 * the others.
 */
@ChaosScenario(value = 5, name = "duplicates injected")
class Scenario5DuplicatesTest {

    private static final int PICKED = 20;

    @Test
    void duplicatesAndStaleSnapshotsChangeNothing() {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            awaitAccepted(run, PICKED);
            List<String> picked = new ArrayList<>(new TreeSet<>(run.record().accepted())).subList(0, PICKED);
            Set<String> renamed = new HashSet<>(picked.subList(0, PICKED / 2));
            Map<String, ConsumerRecord<String, byte[]>> registered =
                    run.publishedSince(new HashSet<>(picked), ".registered.v1");
            renamed.forEach(uscc -> Registry.rename(uscc, "更名测试企业 " + uscc));
            awaitVersions(run, renamed, 1);

            List<ProducerRecord<String, byte[]>> injected = new ArrayList<>();
            Set<String> newIds = new HashSet<>();
            for (String uscc : picked) {
                injected.add(Forgery.copy(registered.get(uscc)));
                ProducerRecord<String, byte[]> again = Forgery.withNewId(registered.get(uscc));
                newIds.add(Forgery.header(again, "ce_id"));
                injected.add(again);
            }
            EventLog.send(injected);
            run.faultEnded();
            awaitProcessed(run, newIds);

            Set<String> unchanged = new HashSet<>(picked);
            unchanged.removeAll(renamed);
            long wrongVersions = wrongVersions(renamed, 1) + wrongVersions(unchanged, 0);
            run.doubleCounted("copies off the registry's version", wrongVersions);
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            long exactCopies = (long) PICKED * ReadModels.ENTERPRISE_COPIES.size();
            assertTrue(result.duplicatesAbsorbed() >= exactCopies, "the consumers counted "
                    + result.duplicatesAbsorbed() + " duplicates of " + exactCopies + " exact copies");
        }
    }

    private static void awaitVersions(ScenarioRun run, Set<String> usccs, int version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long expected = (long) usccs.size() * ReadModels.ENTERPRISE_COPIES.size();
        while (heldAt(usccs, version) < expected && System.nanoTime() < deadline) {
            run.hold(Duration.ofMillis(500));
        }
    }

    private static void awaitProcessed(ScenarioRun run, Set<String> eventIds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            int processed = 0;
            for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
                processed += ReadModels.processed(copy, eventIds).size();
            }
            if (processed == eventIds.size() * ReadModels.ENTERPRISE_COPIES.size()) {
                return;
            }
            run.hold(Duration.ofMillis(500));
        }
    }

    private static long heldAt(Set<String> usccs, int version) {
        long held = 0;
        for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
            held += ReadModels.versions(copy, usccs).values().stream().filter(at -> at == version).count();
        }
        return held;
    }

    /** Copies of {@code usccs} whose version is not {@code version} (missing ones excluded: that is "lost"). */
    private static long wrongVersions(Set<String> usccs, int version) {
        long wrong = 0;
        for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
            wrong += ReadModels.versions(copy, usccs).values().stream().filter(held -> held != version).count();
        }
        return wrong;
    }

    /** Holds until the load driver has {@code count} accepted registrations (a loaded machine may take longer than usual). */
    private static void awaitAccepted(ScenarioRun run, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        run.hold(Duration.ofSeconds(5));
        while (run.record().accepted().size() < count) {
            assertTrue(System.nanoTime() < deadline, "the load driver had only " + run.record().accepted().size()
                    + " accepted registrations after 90 s; the scenario needs " + count);
            run.hold(Duration.ofSeconds(1));
        }
    }
}
