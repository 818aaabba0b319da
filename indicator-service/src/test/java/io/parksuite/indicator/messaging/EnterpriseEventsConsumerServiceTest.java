package io.parksuite.indicator.messaging;

import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class EnterpriseEventsConsumerServiceTest {

    private static final String TOPIC = "enterprise.events";
    private static final String REGISTERED = "parksuite.enterprise.registered.v1";

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EntityManager entityManager;

    @Test
    void aRegisteredEnterpriseBecomesReadableFromTheLocalCopy() {
        String uscc = TestUscc.random();
        TopicWriter.send(registered(UUID.randomUUID(), uscc, "望城食品加工企业", 0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("park-leader"))
                        .when().get("/api/v1/indicators/enterprises/{uscc}", uscc)
                        .then().statusCode(200)
                        .body("uscc", equalTo(uscc))
                        .body("name", equalTo("望城食品加工企业"))
                        .body("aggregateVersion", equalTo(0)));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String uscc = TestUscc.random();
        UUID eventId = UUID.randomUUID();
        TopicWriter.send(registered(eventId, uscc, "首次名称", 3));
        awaitVersion(uscc, 3);
        updateNameDirectly(uscc, "本地已变更");

        TopicWriter.send(registered(eventId, uscc, "首次名称", 3));
        UUID later = UUID.randomUUID();
        TopicWriter.send(registered(later, uscc, "同分区后续事件", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(later) == 1L);

        assertEquals(1L, processedCount(eventId));
        assertEquals("本地已变更", nameOf(uscc), "the redelivered event was not applied again");
    }

    @Test
    void anOlderSnapshotNeverMovesTheCopyBackwards() {
        String uscc = TestUscc.random();
        TopicWriter.send(registered(UUID.randomUUID(), uscc, "第五版名称", 5));
        awaitVersion(uscc, 5);

        UUID stale = UUID.randomUUID();
        TopicWriter.send(registered(stale, uscc, "第二版名称", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(stale) == 1L);

        assertEquals("第五版名称", nameOf(uscc));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get("/api/v1/indicators/enterprises/{uscc}", uscc)
                .then().statusCode(200).body("aggregateVersion", equalTo(5));
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndTheStreamMovesOn() {
        String poisonKey = TestUscc.random();
        ProducerRecord<String, byte[]> poison = registered(UUID.randomUUID(), poisonKey, "坏记录", 0);
        ProducerRecord<String, byte[]> malformed = new ProducerRecord<>(TOPIC, null, poisonKey,
                "{\"uscc\": 42".getBytes(StandardCharsets.UTF_8), poison.headers());
        TopicWriter.send(malformed);
        String next = TestUscc.random();
        TopicWriter.send(registered(UUID.randomUUID(), next, "坏记录之后的企业", 0));

        awaitVersion(next, 0);
        assertDeadLetteredOnce(poisonKey, "not JSON");
    }

    @Test
    void anEventItsHandlerRejectsIsDeadLetteredAloneWhileTheRestOfItsBatchIsApplied() {
        String before = TestUscc.random();
        String rejected = TestUscc.random();
        String after = TestUscc.random();
        ProducerRecord<String, byte[]> template = registered(UUID.randomUUID(), rejected, "登记时间无法解析", 0);
        ProducerRecord<String, byte[]> unparsableTime = new ProducerRecord<>(TOPIC, null, rejected,
                ("{\"uscc\":\"" + rejected + "\",\"name\":\"登记时间无法解析\",\"status\":\"ACTIVE\","
                        + "\"aggregateVersion\":0,\"registeredAt\":\"yesterday\"}").getBytes(StandardCharsets.UTF_8),
                template.headers());
        TopicWriter.sendAll(List.of(registered(UUID.randomUUID(), before, "同批之前的企业", 0), unparsableTime,
                registered(UUID.randomUUID(), after, "同批之后的企业", 0)));

        awaitVersion(before, 0);
        awaitVersion(after, 0);
        assertDeadLetteredOnce(rejected, "Handler failed");
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/indicators/enterprises/{uscc}", rejected)
                .then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void aSnapshotFailingItsSchemaIsDeadLettered() {
        String key = TestUscc.random();
        ProducerRecord<String, byte[]> valid = registered(UUID.randomUUID(), key, "缺字段", 0);
        ProducerRecord<String, byte[]> invalid = new ProducerRecord<>(TOPIC, null, key,
                ("{\"uscc\":\"" + key + "\",\"aggregateVersion\":0}").getBytes(StandardCharsets.UTF_8), valid.headers());
        TopicWriter.send(invalid);

        assertDeadLetteredOnce(key, "schema");
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/indicators/enterprises/{uscc}", key)
                .then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void anEventFromAServiceThatDoesNotOwnTheTopicIsDeadLetteredAndNotApplied() {
        String forged = TestUscc.random();
        ProducerRecord<String, byte[]> record = registered(UUID.randomUUID(), forged, "冒名登记企业", 0);
        assertEquals("/parksuite/indicator-service",
                new String(record.headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8));
        TopicWriter.sendForged(List.of(record));
        String next = TestUscc.random();
        TopicWriter.send(registered(UUID.randomUUID(), next, "冒名之后的企业", 0));

        awaitVersion(next, 0);
        assertDeadLetteredOnce(forged, "Not from the topic's owner");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from enterprise_dimension where uscc = ?1").setParameter(1, forged).getSingleResult()).longValue()));
    }

    @Test
    void readingTheCopyNeedsAToken() {
        given().when().get("/api/v1/indicators/enterprises/{uscc}", TestUscc.random())
                .then().statusCode(401).body("status", equalTo(401));
    }

    private ProducerRecord<String, byte[]> registered(UUID eventId, String uscc, String name, long version) {
        OutboxEvent event = new OutboxEvent();
        event.id = eventId;
        event.aggregateType = "enterprise";
        event.aggregateId = uscc;
        event.type = REGISTERED;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"uscc":"%s","name":"%s","status":"ACTIVE","aggregateVersion":%d,"registeredAt":"2026-11-27T08:00:00Z"}"""
                .formatted(uscc, name, version);
        return cloudEvents.toRecord(TOPIC, event);
    }

    /** Exactly one record of {@code key} reached the dead-letter topic, with a reason naming {@code cause}. */
    private static void assertDeadLetteredOnce(String key, String cause) {
        List<ConsumerRecord<String, String>> dead = TopicReader.read("indicator-service.enterprise.events.dlq",
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = TopicReader.header(dead.get(0), "dead-letter-reason");
        assertTrue(reason != null && reason.contains(cause), "reason: " + reason);
    }

    private static void awaitVersion(String uscc, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            var dimension = io.parksuite.indicator.domain.EnterpriseDimension
                    .<io.parksuite.indicator.domain.EnterpriseDimension>findById(uscc);
            return dimension != null && dimension.aggregateVersion == version;
        }));
    }

    private long processedCount(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId.toString()).getSingleResult()).longValue());
    }

    private void updateNameDirectly(String uscc, String name) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update enterprise_dimension set name = ?1 where uscc = ?2")
                .setParameter(1, name).setParameter(2, uscc).executeUpdate());
    }

    private String nameOf(String uscc) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select name from enterprise_dimension where uscc = ?1")
                .setParameter(1, uscc).getSingleResult());
    }
}
