package io.parksuite.chaos;

import io.parksuite.chaos.support.ChaosScenario;
import io.parksuite.chaos.support.EventLog;
import io.parksuite.chaos.support.Forgery;
import io.parksuite.chaos.support.ReadModels;
import io.parksuite.chaos.support.ReadModels.Copy;
import io.parksuite.chaos.support.ScenarioResult;
import io.parksuite.chaos.support.ScenarioRun;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Scenario 6: four poison records between four valid updates of one enterprise, all with its key
 * (so on one partition): no CloudEvents headers, a payload that is not JSON, a payload that fails
 * the schema, and a schema-valid snapshot the handler's database refuses (a NUL character in the
 * name). Each consumer must dead-letter each poison record alone, with a reason, into its own
 * {@code <service>.enterprise.events.dlq}, and apply the four updates once each, in order.
 */
@ChaosScenario(value = 6, name = "poison records")
class Scenario6PoisonTest {

    private static final List<String> DLQ_TOPICS = ReadModels.ENTERPRISE_COPIES.stream()
            .map(copy -> copy.service() + "-service." + ScenarioRun.TOPIC + ".dlq").toList();

    @Test
    void poisonIsDeadLetteredAloneAndNeighboursApplyInOrder() throws SQLException {
        try (ScenarioRun run = ScenarioRun.begin(getClass()).startLoad()) {
            run.hold(Duration.ofSeconds(3));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (run.record().accepted().isEmpty() && System.nanoTime() < deadline) {
                run.hold(Duration.ofMillis(500));
            }
            String uscc = run.record().accepted().iterator().next();
            ConsumerRecord<String, byte[]> registered = run.publishedSince(Set.of(uscc), ".registered.v1").get(uscc);
            Map<String, Map<TopicPartition, Long>> dlqStarts = new HashMap<>();
            DLQ_TOPICS.forEach(topic -> dlqStarts.put(topic, EventLog.endOffsets(topic)));

            List<ProducerRecord<String, byte[]>> poison = List.of(
                    Forgery.bare(registered, Forgery.snapshot(registered, 9, "无头记录")),
                    Forgery.event(registered, Forgery.UPDATED, "{\"uscc\": \"" + uscc + "\", \"name\": "),
                    Forgery.event(registered, Forgery.UPDATED, "{\"uscc\": \"" + uscc + "\", \"aggregateVersion\": \"x\"}"),
                    Forgery.event(registered, Forgery.UPDATED, Forgery.snapshot(registered, 9, "含空字符\u0000企业")));
            List<ProducerRecord<String, byte[]>> valid = new ArrayList<>();
            List<ProducerRecord<String, byte[]>> sequence = new ArrayList<>();
            for (int version = 1; version <= 4; version++) {
                sequence.add(poison.get(version - 1));
                ProducerRecord<String, byte[]> update = Forgery.update(registered, version, "顺序测试企业 第" + version + "版");
                valid.add(update);
                sequence.add(update);
            }
            EventLog.send(sequence);
            run.faultEnded();
            ScenarioResult result = run.finish();
            ScenarioRun.assertClean(result);

            for (Copy copy : ReadModels.ENTERPRISE_COPIES) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertEquals(Map.of(uscc, 4), ReadModels.versions(copy, Set.of(uscc)), copy.table() + " holds the last update"));
                assertAppliedOnceInOrder(copy, valid.stream().map(update -> Forgery.header(update, "ce_id")).toList());
            }
            for (String topic : DLQ_TOPICS) {
                List<ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(run, dlqStarts.get(topic), uscc, poison.size());
                assertEquals(poison.stream().map(p -> new String(p.value())).sorted().toList(),
                        dead.stream().map(d -> new String(d.value())).sorted().toList(), topic + " holds each poison record once");
                dead.forEach(d -> assertNotNull(EventLog.header(d, "dead-letter-reason"), topic + " record without a reason"));
            }
        }
    }

    private static List<ConsumerRecord<String, byte[]>> awaitDeadLetters(ScenarioRun run, Map<TopicPartition, Long> from,
                                                                         String uscc, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, byte[]>> dead;
        do {
            dead = EventLog.readSince(from).stream().filter(r -> uscc.equals(r.key())).toList();
            if (dead.size() < expected) {
                run.hold(Duration.ofMillis(500));
            }
        } while (dead.size() < expected && System.nanoTime() < deadline);
        return dead;
    }

    /** Each update processed exactly once by the copy's consumer, in the order sent (inbox timestamps). */
    private static void assertAppliedOnceInOrder(Copy copy, List<String> eventIds) throws SQLException {
        try (Connection connection = ReadModels.connect(copy.database());
             PreparedStatement select = connection.prepareStatement("""
                     select event_id from processed_event where consumer = ? and event_id = any(?)
                      order by processed_at, array_position(?, event_id)""")) {
            select.setString(1, copy.consumer());
            select.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
            select.setArray(3, connection.createArrayOf("varchar", eventIds.toArray()));
            List<String> order = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    order.add(rows.getString(1));
                }
            }
            assertEquals(eventIds, order, copy.consumer() + " processed the updates once each, in order "
                    + Arrays.toString(eventIds.toArray()));
        }
    }
}
