package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenario 1: the Kafka broker stopped for 60 s (quick: 20 s) under the steady write load, then
 * started again. The outboxes keep the writes meanwhile; every service must stay live.
 */
@ChaosScenario(value = 1, name = "Kafka broker stopped")
class Scenario1KafkaStoppedTest {

    @Test
    void everyAcceptedWriteReachesEveryCopyAfterTheBrokerReturns() {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Chaos.pick(Duration.ofSeconds(10), Duration.ofSeconds(5)));
            Faults.stop("kafka");
            run.holdWatchingLiveness(Chaos.pick(Duration.ofSeconds(60), Duration.ofSeconds(20)));
            Faults.start("kafka");
            run.faultEnded();
            run.hold(Chaos.pick(Duration.ofSeconds(10), Duration.ofSeconds(5)));
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            assertEquals(0, run.livenessFailures(), "instances whose /q/health/live failed during the outage");
        }
    }
}
