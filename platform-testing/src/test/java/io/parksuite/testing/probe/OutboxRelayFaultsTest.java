package io.parksuite.testing.probe;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.CommitSignal;
import io.parksuite.platform.outbox.InvalidEventException;
import io.parksuite.platform.outbox.Outbox;
import io.parksuite.platform.outbox.OutboxConfig;
import io.parksuite.platform.outbox.OutboxMetrics;
import io.parksuite.platform.outbox.OutboxProducerFactory;
import io.parksuite.platform.outbox.OutboxRelay;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,platform-test.enterprise.events.dlq,platform-test.events"))
class OutboxRelayFaultsTest {

    /** A test-only event type (its schema is in the test resources). */
    private static final String NOTED = "parksuite.probe.noted.v1";

    private static final String TOPIC = "platform-test.events";

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMetrics metrics;

    @Inject
    CloudEventRecords records;

    @Inject
    CommitSignal commitSignal;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    private UUID record(String aggregateId, String note) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record("probe", aggregateId,
                NOTED, Map.of("note", note)).id);
    }

    private Object column(UUID id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select " + column + " from outbox_event where id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private boolean published(UUID id) {
        return column(id, "published_at") != null;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> eventIdsOf(String aggregateId, int expected) {
        return TopicReader.read(TOPIC, record -> aggregateId.equals(record.key()), expected, Duration.ofSeconds(20))
                .stream().map(record -> TopicReader.header(record, "ce_id")).toList();
    }

    @Test
    void anEventItsSchemaRefusesOrAnUnknownTypeIsNeverRecorded() {
        String aggregate = "refused-" + UUID.randomUUID();
        InvalidEventException wrongField = assertThrows(InvalidEventException.class, () -> QuarkusTransaction
                .requiringNew().run(() -> outbox.record("probe", aggregate, NOTED, Map.of("note", 7))));
        assertTrue(wrongField.getMessage().contains("note"), wrongField.getMessage());
        InvalidEventException unknown = assertThrows(InvalidEventException.class, () -> QuarkusTransaction
                .requiringNew().run(() -> outbox.record("probe", aggregate, "parksuite.probe.unlisted.v1",
                        Map.of("note", "x"))));
        assertTrue(unknown.getMessage().contains("no schema"), unknown.getMessage());
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult())).longValue());
    }

    @Test
    void withKafkaUnreachableAnAttemptEndsOnItsOwnAndTheRowsWaitForTheBrokerToReturn() throws IOException {
        relay.suspend();
        String aggregate = "unreachable-" + UUID.randomUUID();
        UUID first = record(aggregate, "one");
        UUID second = record(aggregate, "two");
        Map<String, Object> unreachable = new HashMap<>(kafkaConfig);
        unreachable.put("bootstrap.servers", "127.0.0.1:" + closedPort());
        OutboxRelay cutOff = new OutboxRelay(config, new OutboxProducerFactory(unreachable, config, "platform-test"),
                records, commitSignal, entityManager, metrics);

        // The suspended relay may still hold the lock for an instant; the cut-off one then publishes nothing.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try {
                cutOff.publishPending();
                return false;
            } catch (RuntimeException expected) {
                return true;
            }
        });
        assertTrue(!published(first) && !published(second), "nothing is marked published without Kafka's acknowledgement");
        assertEquals(0.0, registry.find("parksuite.outbox.relay.active").gauge().value());

        relay.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> published(first) && published(second));
        assertEquals(List.of(first.toString(), second.toString()), eventIdsOf(aggregate, 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.find("parksuite.outbox.relay.active").gauge().value() == 1.0);
    }

    @Test
    void aJavaErrorInTheRelayLoopIsLoggedAndTheRelayGoesOnPublishing() {
        relay.suspend();
        AtomicInteger errors = new AtomicInteger();
        CommitSignal failingOnce = new CommitSignal(dataSource) {
            @Override
            public void await(Duration timeout) throws InterruptedException {
                if (errors.getAndIncrement() == 0) {
                    throw new AssertionError("the commit signal broke");
                }
                super.await(timeout);
            }
        };
        OutboxRelay ownRelay = new OutboxRelay(config, new OutboxProducerFactory(kafkaConfig, config, "platform-test"),
                records, failingOnce, entityManager, metrics);
        ownRelay.onStart(new StartupEvent());
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> errors.get() >= 1);
            String aggregate = "after-error-" + UUID.randomUUID();
            UUID row = record(aggregate, "recorded after the relay thread met an Error");
            await().atMost(Duration.ofSeconds(30)).until(() -> published(row));
            assertEquals(List.of(row.toString()), eventIdsOf(aggregate, 1));
        } finally {
            ownRelay.onStop(new ShutdownEvent());
        }
    }

    @Test
    void aRowKafkaCannotAcceptIsParkedOtherAggregatesFlowItsOwnWaitsAndReplayPublishesThemInOrder() {
        relay.suspend();
        String blocked = "parked-" + UUID.randomUUID();
        String other = "flowing-" + UUID.randomUUID();
        UUID tooLarge = record(blocked, "x".repeat(30_000));
        UUID behind = record(blocked, "after the large one");
        UUID unrelated = record(other, "another aggregate");
        relay.resume();

        await().atMost(Duration.ofSeconds(30)).until(() -> published(unrelated) && column(tooLarge, "parked_at") != null);
        assertTrue(!published(tooLarge) && !published(behind), "the aggregate's later row waits behind the parked one");
        assertTrue(String.valueOf(column(tooLarge, "park_reason")).contains("RecordTooLargeException"),
                String.valueOf(column(tooLarge, "park_reason")));
        assertNull(column(behind, "parked_at"));
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.parked() >= 1
                && registry.find("parksuite.outbox.parked").gauge().value() >= 1);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update outbox_event set payload = cast(?1 as jsonb) where id = ?2")
                    .setParameter(1, "{\"note\":\"trimmed\"}").setParameter(2, tooLarge).executeUpdate();
            entityManager.createNativeQuery(
                    "update outbox_event set parked_at = null, park_reason = null where parked_at is not null")
                    .executeUpdate();
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> published(tooLarge) && published(behind));
        assertEquals(List.of(tooLarge.toString(), behind.toString()), eventIdsOf(blocked, 2));
        List<ConsumerRecord<String, String>> others = TopicReader.read(TOPIC, record -> other.equals(record.key()), 1,
                Duration.ofSeconds(10));
        assertEquals(Set.of(unrelated.toString()), Set.copyOf(others.stream().map(r -> TopicReader.header(r, "ce_id")).toList()));
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.parked() == 0);
    }
}
