package io.parksuite.enterprise.messaging;

import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.parksuite.enterprise.CultivationRequests.changeStatus;
import static io.parksuite.enterprise.CultivationRequests.entriesOf;
import static io.parksuite.enterprise.CultivationRequests.history;
import static io.parksuite.enterprise.EnterpriseRequests.register;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** indicator-service's 瞪羚 / 独角兽 assessments feed the cultivation pool (培育库) from indicator.events. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator.events,enterprise-service.indicator.events.dlq"))
class CultivationFeedServiceTest {

    private static final String TOPIC = "indicator.events";
    private static final String DLQ = "enterprise-service.indicator.events.dlq";
    private static final String SHORTFALL = """
            [{"criterion": "GROWTH", "required": "≥ 20%", "actual": "17.4%"}]""";

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EntityManager entityManager;

    @Test
    void meetsAddsACandidateFromTheAssessmentWithItsStandingAndHistory() {
        String uscc = register("瞪羚达标企业");
        UUID id = send(uscc, "GAZELLE", "MEETS", 1, "[]");
        awaitProcessed(id);

        entriesOf(uscc).body("total", equalTo(1))
                .body("items[0].programme", equalTo("GAZELLE"))
                .body("items[0].status", equalTo("CANDIDATE"))
                .body("items[0].origin", equalTo("ASSESSMENT"))
                .body("items[0].since", equalTo("2020-03-01"))
                .body("items[0].name", equalTo("瞪羚达标企业"))
                .body("items[0].officerId", nullValue())
                .body("items[0].standing.standing", equalTo("MEETS"))
                .body("items[0].standing.assessedYear", equalTo(2019))
                .body("items[0].standing.shortfalls", empty());
        history(entryOf(uscc)).statusCode(200)
                .body("change", contains("ADDED", "STANDING_RECORDED"))
                .body("toValue", contains("CANDIDATE", "MEETS 2019"))
                .body("actor", contains("indicator-service", "indicator-service"));
    }

    @Test
    void nearAddsTooWithItsShortfalls() {
        String uscc = register("独角兽接近企业");
        awaitProcessed(send(uscc, "UNICORN", "NEAR", 1, SHORTFALL));

        entriesOf(uscc).body("items", hasSize(1))
                .body("items[0].programme", equalTo("UNICORN"))
                .body("items[0].status", equalTo("CANDIDATE"))
                .body("items[0].standing.standing", equalTo("NEAR"))
                .body("items[0].standing.shortfalls[0].criterion", equalTo("GROWTH"))
                .body("items[0].standing.shortfalls[0].actual", equalTo("17.4%"));
    }

    @Test
    void noneNeverRemovesAnEntryNorAddsOne() {
        String member = register("退步企业");
        awaitProcessed(send(member, "GAZELLE", "NEAR", 1, SHORTFALL));
        awaitProcessed(send(member, "GAZELLE", "NONE", 2, SHORTFALL));

        entriesOf(member).body("items", hasSize(1))
                .body("items[0].status", equalTo("CANDIDATE"))
                .body("items[0].standing.standing", equalTo("NONE"));
        history(entryOf(member)).body("change", contains("ADDED", "STANDING_RECORDED", "STANDING_RECORDED"))
                .body("fromValue[2]", equalTo("NEAR 2019"))
                .body("toValue[2]", equalTo("NONE 2019"));

        String outsider = register("从未达标企业");
        awaitProcessed(send(outsider, "GAZELLE", "NONE", 1, SHORTFALL));
        entriesOf(outsider).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void aRedeliveredEventAddsNoSecondHistoryRow() {
        String uscc = register("重复投递企业");
        UUID id = UUID.randomUUID();
        TopicWriter.send(record(id, uscc, "GAZELLE", "MEETS", 1, "[]"));
        awaitProcessed(id);
        TopicWriter.send(record(id, uscc, "GAZELLE", "MEETS", 1, "[]"));
        UUID later = send(uscc, "UNICORN", "NEAR", 1, SHORTFALL);
        awaitProcessed(later);

        long gazelle = entryOf(uscc, "GAZELLE");
        history(gazelle).body("change", contains("ADDED", "STANDING_RECORDED"));
        assertEquals(1L, processedCount(id));
    }

    @Test
    void anOlderVersionChangesNothing() {
        String uscc = register("乱序事件企业");
        awaitProcessed(send(uscc, "GAZELLE", "MEETS", 3, "[]"));
        UUID stale = send(uscc, "GAZELLE", "NONE", 2, SHORTFALL);
        awaitProcessed(stale);
        UUID repeated = send(uscc, "GAZELLE", "NEAR", 3, SHORTFALL);
        awaitProcessed(repeated);

        entriesOf(uscc).body("items[0].standing.standing", equalTo("MEETS"))
                .body("items[0].standing.shortfalls", empty());
        history(entryOf(uscc)).body("", hasSize(2)).body("toValue[1]", equalTo("MEETS 2019"));

        String outsider = register("乱序未入库企业");
        awaitProcessed(send(outsider, "UNICORN", "NONE", 2, SHORTFALL));
        awaitProcessed(send(outsider, "UNICORN", "MEETS", 1, "[]"));
        entriesOf(outsider).body("total", equalTo(0));
    }

    @Test
    void anAssessmentNeverTakesBackAnExitedEntryButItsStandingIsRecorded() {
        String uscc = register("已退库企业");
        awaitProcessed(send(uscc, "GAZELLE", "MEETS", 1, "[]"));
        long id = entryOf(uscc);
        changeStatus("park-admin", id, "EXITED", "企业主动申请退出").statusCode(200);
        awaitProcessed(send(uscc, "GAZELLE", "MEETS", 2, "[]"));

        entriesOf(uscc).body("total", equalTo(1))
                .body("items[0].status", equalTo("EXITED"))
                .body("items[0].standing.standing", equalTo("MEETS"));
        history(id).body("change", contains("ADDED", "STANDING_RECORDED", "STATUS_CHANGED", "STANDING_RECORDED"))
                .body("actor", contains("indicator-service", "indicator-service", "test-park-admin", "indicator-service"));
    }

    @Test
    void anAssessmentOfAnEnterpriseTheRegistryDoesNotKnowIsDeadLettered() {
        String unknown = TestUscc.random();
        send(unknown, "GAZELLE", "MEETS", 1, "[]");
        String known = register("未知企业之后的企业");
        awaitProcessed(send(known, "GAZELLE", "MEETS", 1, "[]"));

        List<ConsumerRecord<String, String>> dead = TopicReader.read(DLQ, r -> unknown.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = TopicReader.header(dead.get(0), "dead-letter-reason");
        assertTrue(reason != null && reason.contains("No enterprise with USCC " + unknown), "reason: " + reason);
        entriesOf(unknown).body("total", equalTo(0));
        entriesOf(known).body("total", equalTo(1));
    }

    private UUID send(String uscc, String programme, String standing, long version, String shortfalls) {
        UUID id = UUID.randomUUID();
        TopicWriter.send(record(id, uscc, programme, standing, version, shortfalls));
        return id;
    }

    private ProducerRecord<String, byte[]> record(UUID id, String uscc, String programme, String standing, long version,
                                                  String shortfalls) {
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.aggregateType = "growth-assessment";
        event.aggregateId = uscc;
        event.type = IndicatorEventsConsumer.GROWTH_CANDIDATE_FLAGGED;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"uscc": "%s", "name": "测试企业", "programme": "%s", "assessedYear": 2019, "standing": "%s",
                 "province": "HUNAN", "criteriaVersion": "2019-1", "foundedOn": "2012-05-01",
                 "revenueYuan": 260000000, "revenueCagrPct": 31.5, "valuationUsd": null,
                 "shortfalls": %s, "assessedAt": "2020-03-01T02:00:00Z", "aggregateVersion": %d}"""
                .formatted(uscc, programme, standing, shortfalls, version);
        return cloudEvents.toRecord(TOPIC, event);
    }

    private void awaitProcessed(UUID id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(id) == 1L);
    }

    private long processedCount(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, IndicatorEventsConsumer.CONSUMER).setParameter(2, id.toString())
                .getSingleResult()).longValue());
    }

    private static long entryOf(String uscc) {
        return entriesOf(uscc).extract().jsonPath().getLong("items[0].id");
    }

    private static long entryOf(String uscc, String programme) {
        return entriesOf(uscc).extract().jsonPath().getLong("items.find { it.programme == '" + programme + "' }.id");
    }
}
