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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 4: an instance whose outbox relay is publishing killed with SIGKILL between sending
 * rows and marking them published, the moment its {@code parksuite_outbox_sent_unmarked} gauge
 * shows rows Kafka acknowledged and the relay has not yet marked. The relays of both enterprise
 * instances take turns batch by batch (each batch takes the advisory lock anew), so only the second
 * instance is restarted with {@code PARKSUITE_OUTBOX_PAUSE_BEFORE_MARK} widening that window. Once
 * it is killed the first instance's relay sends those rows again: duplicates that every consumer
 * must absorb. Convergence is measured from the kill while the killed instance starts again, with
 * the suite's own settings, and does not wait for it.
 */
@ChaosScenario(value = 4, name = "relay killed before marking")
class Scenario4RelayKilledTest {

    private static final Map<String, String> WIDE_WINDOW = Map.of("PARKSUITE_OUTBOX_PAUSE_BEFORE_MARK", "3s");

    @Test
    void rowsSentTwiceAreAbsorbedOnce() {
        Instance widened = Instances.of("enterprise").get(1);
        Faults.restartWith(WIDE_WINDOW, widened.component());
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Duration.ofSeconds(5));
            if (!betweenSendAndMark(run, widened)) {
                throw new AssertionError(widened.component() + " did not report parksuite_outbox_sent_unmarked above 0 within 60 s");
            }
            Faults.kill(widened.component());
            run.faultEnded();
            run.note("killed " + widened.component() + " between sending and marking");
            Faults.startNoWait(widened.component());
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            assertTrue(run.topicDuplicates() > 0, "the kill did not fall between sending and marking: no row was sent twice");
            assertTrue(result.duplicatesAbsorbed() >= run.topicDuplicates() * ReadModels.ENTERPRISE_COPIES.size(),
                    run.topicDuplicates() + " rows sent twice, but the consumers absorbed only " + result.duplicatesAbsorbed());
        } finally {
            Faults.start(widened.component());
        }
    }

    private static boolean betweenSendAndMark(ScenarioRun run, Instance instance) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String metrics = Instances.metrics(instance.port());
            if (metrics != null && Instances.sample(metrics, "parksuite_outbox_sent_unmarked") >= 1) {
                return true;
            }
            run.hold(Duration.ofMillis(200));
        }
        return false;
    }
}
