package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.EventLog;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.Forgery;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.Registry;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 2: PostgreSQL restarted, then stopped for 90 s (quick: 25 s) right after a bulk
 * registration, so the consumers hold unacknowledged records for longer than their stuck-record
 * limit (the failure of issue 14: channels closed for good after 60 s). They must report the stuck
 * record on {@code parksuite_inbox_stuck_seconds}, stay live, and catch up without a restart.
 * Consumers may finish the bulk before the stop takes effect, so exact copies of some of its
 * registrations are also published once the database is down: records every consumer is sure to
 * hold through the outage, and to count as duplicates after it.
 * Needs the build lock too: other engineers' service tests use this PostgreSQL.
 */
@ChaosScenario(value = 2, name = "PostgreSQL restarted and stopped")
class Scenario2PostgresOutageTest {

    private static final int HELD_THROUGH_THE_OUTAGE = 60;

    @Test
    void consumersCatchUpByThemselvesAfterTheDatabaseReturns() {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Duration.ofSeconds(5));
            Faults.restart("postgresql");
            run.hold(Chaos.pick(Duration.ofSeconds(15), Duration.ofSeconds(5)));
            Set<String> bulk = Registry.registerInBulk(Chaos.pick(5_000, 1_000));
            run.alsoWritten(bulk);
            Set<String> repeated = bulk.stream().sorted().limit(HELD_THROUGH_THE_OUTAGE).collect(Collectors.toSet());
            List<ProducerRecord<String, byte[]>> copies = run.publishedSince(repeated, ".registered.v1").values()
                    .stream().map(Forgery::copy).toList();
            Duration outage = Chaos.outlasting(Chaos.pick(Duration.ofSeconds(90), Duration.ofSeconds(25)));
            Faults.stop("postgresql");
            EventLog.send(copies);
            run.holdWatchingLiveness(outage);
            double stuckSeconds = run.stuckSecondsSeen();
            Faults.start("postgresql");
            run.faultEnded();
            run.hold(Duration.ofSeconds(5));
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
            assertEquals(0, run.livenessFailures(), "instances whose /q/health/live failed during the outage");
            assertTrue(result.duplicatesAbsorbed() >= (long) copies.size() * ReadModels.ENTERPRISE_COPIES.size(),
                    "the consumers counted " + result.duplicatesAbsorbed() + " duplicates of "
                            + copies.size() * ReadModels.ENTERPRISE_COPIES.size() + " copies sent during the outage");
            assertTrue(run.stuckWarnings() > 0, "no WARN line reported the stuck consumer (parksuite_inbox_stuck_reports_total)");
            assertTrue(stuckSeconds >= Chaos.stuckAfter().toSeconds(),
                    "parksuite_inbox_stuck_seconds reached only " + stuckSeconds + " s during a " + outage.toSeconds()
                            + " s outage (stuck-after " + Chaos.stuckAfter() + ")");
        }
    }
}
