package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.Instances;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * Scenario 7: every 20 s, one instance of each consuming service restarted, the three at once
 * (alternating between the first and the second instance, not waiting for them to be ready) under the write load: 6
 * rounds, 2 in quick mode; convergence is measured once every instance is ready again.
 */
@ChaosScenario(value = 7, name = "instances restarted every 20 s")
class Scenario7RollingRestartsTest {

    private static final List<String> CONSUMING = List.of("project", "indicator", "approval");

    private static void awaitAllReady(ScenarioRun run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!ScenarioRun.consumingInstances().stream().allMatch(Instances::ready) && System.nanoTime() < deadline) {
            run.hold(Duration.ofSeconds(1));
        }
    }

    @Test
    void restartsUnderLoadLoseAndRepeatNothing() {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            int rounds = Chaos.pick(6, 2);
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                String suffix = round % 2 == 0 ? "" : "-2";
                run.counters().sample();
                Faults.together(CONSUMING.stream().map(service -> service + suffix).toList(), "restart", "--no-wait");
                Duration left = Duration.ofSeconds(20).minusNanos(System.nanoTime() - started);
                run.hold(left.isNegative() ? Duration.ZERO : left);
            }
            awaitAllReady(run);
            run.faultEnded();
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
        }
    }
}
