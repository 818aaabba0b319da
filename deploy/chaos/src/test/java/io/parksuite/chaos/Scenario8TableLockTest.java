package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 8: indicator-service's enterprise copy locked by another session ({@code LOCK TABLE …
 * IN ACCESS EXCLUSIVE MODE}) for 90 s (quick: 25 s), then released: its consumer is stalled longer
 * than the stuck-record limit, must report it, and catch up afterwards.
 */
@ChaosScenario(value = 8, name = "consumer stalled by a table lock")
class Scenario8TableLockTest {

    @Test
    void aStalledConsumerReportsAndCatchesUp() throws SQLException {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Duration.ofSeconds(5));
            Duration held = Chaos.outlasting(Chaos.pick(Duration.ofSeconds(90), Duration.ofSeconds(25)));
            try (Connection connection = ReadModels.connect("indicator"); Statement lock = connection.createStatement()) {
                connection.setAutoCommit(false);
                lock.execute("lock table enterprise_dimension in access exclusive mode");
                run.holdWatchingLiveness(held);
                connection.rollback();
            }
            run.faultEnded();
            double stuckSeconds = run.stuckSecondsSeen();
            run.hold(Duration.ofSeconds(5));
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            assertTrue(run.stuckWarnings() > 0, "no WARN line reported the stuck consumer (parksuite_inbox_stuck_reports_total)");
            assertTrue(stuckSeconds >= Chaos.stuckAfter().toSeconds(),
                    "parksuite_inbox_stuck_seconds reached only " + stuckSeconds + " s while the table was locked "
                            + held.toSeconds() + " s (stuck-after " + Chaos.stuckAfter() + ")");
        }
    }
}
