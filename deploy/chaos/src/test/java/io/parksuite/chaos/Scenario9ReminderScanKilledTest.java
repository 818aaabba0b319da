package io.parksuite.chaos;

import io.parksuite.chaos.support.Chaos;
import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.DueApplications;
import io.parksuite.chaos.support.EventLog;
import io.parksuite.chaos.support.Faults;
import io.parksuite.chaos.support.Instances;
import io.parksuite.chaos.support.Instances.Instance;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import io.parksuite.testing.SuiteTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Scenario 9: thousands of applications seeded as due (10,000; quick: 1,000), a reminder scan
 * started on both approval-service instances at once, the second killed with SIGKILL a second into
 * its scan, then one more scan on the survivor (as its schedule would run). Each application must
 * end with exactly one {@code MATERIAL_DUE} reminder, one promised-clock breach, one
 * {@code reminder-due} and one {@code deadline-breached} event on {@code approval.events}.
 */
@ChaosScenario(value = 9, name = "reminder scan killed")
class Scenario9ReminderScanKilledTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void eachReminderAndBreachIsRecordedOnce() throws Exception {
        String prefix = "CHAOS-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Instance> approval = Instances.of("approval");
        Map<TopicPartition, Long> approvalEvents = EventLog.endOffsets("approval.events");
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            Set<String> ids = new HashSet<>(DueApplications.seed(prefix, Chaos.pick(10_000, 1_000)));
            CompletableFuture<Integer> survivor = scan(approval.get(0));
            CompletableFuture<Integer> victim = scan(approval.get(approval.size() - 1));
            run.hold(Duration.ofSeconds(1));
            boolean answeredBeforeKill = victim.isDone();
            Faults.kill(approval.get(approval.size() - 1).component());
            run.faultEnded();
            run.note("killed " + approval.get(approval.size() - 1).component() + (answeredBeforeKill
                    ? " after its scan answered " + victim.getNow(0) : " during its scan"));
            run.note("survivor's scan answered " + survivor.get());
            run.note("next scan answered " + scan(approval.get(0)).get());
            Faults.startNoWait(approval.get(approval.size() - 1).component());

            Map<String, Integer> reminders = DueApplications.reminders(prefix);
            run.lost("MATERIAL_DUE reminders", reminders.values().stream().filter(n -> n == 0).count());
            run.doubleCounted("MATERIAL_DUE reminders", reminders.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum());
            run.lost("promised-clock breaches", ids.size() - DueApplications.breached(prefix));
            countEvents(run, approvalEvents, ids, ".reminder-due.v1");
            countEvents(run, approvalEvents, ids, ".deadline-breached.v1");
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);
        } finally {
            DueApplications.remove(prefix);
            Faults.start(approval.get(approval.size() - 1).component());
        }
    }

    /**
     * Adds to the run's lost and double-counted figures the applications without exactly one event of the type.
     * Events are counted by id: the relay publishes at least once, so a relay killed between Kafka's
     * acknowledgement and marking its rows sends the same events again, which consumers absorb by id.
     */
    private static void countEvents(ScenarioRun run, Map<TopicPartition, Long> from, Set<String> ids, String typeSuffix) {
        Map<String, Set<String>> perApplication = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            perApplication.clear();
            for (ConsumerRecord<String, byte[]> record : EventLog.readSince(from)) {
                String type = EventLog.header(record, "ce_type");
                if (ids.contains(record.key()) && type != null && type.endsWith(typeSuffix)) {
                    perApplication.computeIfAbsent(record.key(), key -> new HashSet<>()).add(EventLog.header(record, "ce_id"));
                }
            }
            if (perApplication.size() < ids.size()) {
                run.hold(Duration.ofSeconds(1));
            }
        } while (perApplication.size() < ids.size() && System.nanoTime() < deadline);
        run.lost(typeSuffix.substring(1) + " events", ids.size() - perApplication.size());
        run.doubleCounted(typeSuffix.substring(1) + " events",
                perApplication.values().stream().mapToLong(events -> Math.max(0, events.size() - 1)).sum());
    }

    private static CompletableFuture<Integer> scan(Instance instance) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port()
                        + "/api/v1/approval/reminders/scan"))
                .timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + SuiteTokens.forClient("service-manager", "chaos-scan"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .exceptionally(failure -> 0);
    }
}
