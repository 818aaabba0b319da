package io.parksuite.chaos;

import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.Instances;
import io.parksuite.chaos.support.Instances.Instance;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 4: the instance whose outbox relay is publishing killed with SIGKILL between sending
 * rows and marking them published, the moment its {@code parksuite_outbox_sent_unmarked} gauge
 * shows rows Kafka acknowledged and the relay has not yet marked. Both enterprise
 * instances run with {@code PARKSUITE_OUTBOX_PAUSE_BEFORE_MARK} widening that window, so the other
 * instance takes the relay over and sends those rows again: duplicates that every consumer must
 * absorb. The instances are restarted with the suite's own settings afterwards.
 */
@ChaosScenario(value = 4, name = "relay killed before marking")
class Scenario4RelayKilledTest {

    private static final Map<String, String> WIDE_WINDOW = Map.of("PARKSUITE_OUTBOX_PAUSE_BEFORE_MARK", "3s");

    @Test
    void rowsSentTwiceAreAbsorbedOnce() {
        List<Instance> enterprise = Instances.of("enterprise");
        enterprise.forEach(instance -> Faults.restartWith(WIDE_WINDOW, instance.component()));
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Duration.ofSeconds(8));
            Instance relay = relayBetweenSendAndMark(run, enterprise).orElseThrow(() -> new AssertionError(
                    "no enterprise instance reported parksuite_outbox_sent_unmarked above 0 within 60 s"));
            Faults.kill(relay.component());
            run.faultEnded();
            run.note("killed " + relay.component() + ", the active relay");
            run.hold(Duration.ofSeconds(5));
            Faults.start(relay.component());
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            assertTrue(run.topicDuplicates() > 0, "the kill did not fall between sending and marking: no row was sent twice");
            assertTrue(result.duplicatesAbsorbed() >= run.topicDuplicates() * ReadModels.ENTERPRISE_COPIES.size(),
                    run.topicDuplicates() + " rows sent twice, but the consumers absorbed only " + result.duplicatesAbsorbed());
        } finally {
            enterprise.forEach(instance -> Faults.restart(instance.component()));
        }
    }

    private static Optional<Instance> relayBetweenSendAndMark(ScenarioRun run, List<Instance> instances) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (Instance instance : instances) {
                String metrics = Instances.metrics(instance.port());
                if (metrics != null && Instances.sample(metrics, "parksuite_outbox_sent_unmarked") >= 1) {
                    return Optional.of(instance);
                }
            }
            run.hold(Duration.ofMillis(200));
        }
        return Optional.empty();
    }
}
