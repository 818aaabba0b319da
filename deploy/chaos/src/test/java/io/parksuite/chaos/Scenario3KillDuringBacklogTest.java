package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.Registry;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Scenario 3: a backlog of 20,000 registrations (quick: 2,000), registered in bulk while both
 * indicator-service instances are stopped; once they are back and their copy holds about a quarter
 * of the backlog, one is killed with SIGKILL: the other takes its partitions over while the killed
 * one starts again (convergence does not wait for it). Nothing lost, nothing applied twice.
 */
@ChaosScenario(value = 3, name = "consumer killed mid-backlog")
class Scenario3KillDuringBacklogTest {

    private static final ReadModels.Copy INDICATOR = ReadModels.ENTERPRISE_COPIES.get(0);

    @Test
    void theOtherInstanceTakesTheBacklogOver() {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            Faults.together(List.of("indicator", "indicator-2"), "stop");
            Set<String> backlog = Registry.registerInBulk(Chaos.pick(20_000, 2_000));
            run.alsoWritten(backlog);
            Faults.startNoWait("indicator");
            Faults.startNoWait("indicator-2");
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (ReadModels.rowsPerUscc(INDICATOR, backlog).size() < backlog.size() / 4 && System.nanoTime() < deadline) {
                run.hold(Duration.ofMillis(200));
            }
            int applied = ReadModels.rowsPerUscc(INDICATOR, backlog).size();
            run.counters().sample();
            Faults.kill("indicator");
            run.faultEnded();
            run.note("killed indicator at " + applied + "/" + backlog.size() + " applied");
            Faults.startNoWait("indicator");
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
        } finally {
            Faults.start("indicator");
            Faults.start("indicator-2");
        }
    }
}
