package io.parksuite.indicator.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.service.ServiceItemFacts;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.parksuite.indicator.ReleasedDashboard.dashboard;
import static io.parksuite.indicator.ReleasedDashboard.field;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ServiceItemEventsServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ServiceItemFacts serviceItems;

    @Inject
    ApprovalEventsConsumer consumer;

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EventSchemas schemas;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    @AfterEach
    void emptyCatalogue() {
        QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from service_item_copy").executeUpdate());
    }

    private static String item(String code, long version, String kind, String depth, int maxVisits) {
        String type = switch (kind) {
            case "MARKET_SERVICE" -> "MARKET_SERVICE";
            case "PUBLIC_SERVICE" -> "PUBLIC_SERVICE";
            default -> "ADMINISTRATIVE_LICENCE";
        };
        return """
                {"itemCode":"%s","name":"事项%s","department":"园区审批局","itemType":"%s","itemKind":"%s",
                 "handlingDepth":"%s","maxVisits":%d,"promisedLimitDays":%d,"statutoryLimitDays":20,
                 "updatedAt":"2026-12-04T08:00:00Z","version":%d,"addedLater":{"ignored":true}}"""
                .formatted(code, code, type, kind, depth, maxVisits, 5 + (int) version, version);
    }

    private static IncomingEvent changed(String payload) {
        try {
            return new IncomingEvent(UUID.randomUUID().toString(), ServiceItemFacts.CHANGED,
                    "/parksuite/approval-service", null, OffsetDateTime.now(ZoneOffset.UTC), JSON.readTree(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void apply(String payload) {
        QuarkusTransaction.requiringNew().run(() -> serviceItems.apply(changed(payload)));
    }

    private Object[] copy(String code) {
        return (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select item_kind, handling_depth, max_visits, promised_limit_days, version
                          from service_item_copy where item_code = ?1""")
                .setParameter(1, code).getSingleResult());
    }

    @Test
    void theCopyKeepsTheNewestVersionOfAnItemWhateverTheOrderAndRedelivery() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        List<String> deliveries = new ArrayList<>();
        deliveries.add(item(code, 1, "APPLICATION_BASED", "ON_SITE", 3));
        deliveries.add(item(code, 2, "APPLICATION_BASED", "ONLINE_APPLICATION", 2));
        deliveries.add(item(code, 3, "APPLICATION_BASED", "ONLINE_APPLICATION", 1));
        deliveries.add(item(code, 4, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        deliveries.add(item(code, 5, "MARKET_SERVICE", "FULLY_ONLINE", 0));
        deliveries.addAll(List.copyOf(deliveries));
        Collections.shuffle(deliveries, new Random(7));
        deliveries.remove(item(code, 5, "MARKET_SERVICE", "FULLY_ONLINE", 0));
        deliveries.add(0, item(code, 5, "MARKET_SERVICE", "FULLY_ONLINE", 0));
        deliveries.forEach(this::apply);

        Object[] newest = copy(code);
        assertEquals("MARKET_SERVICE", newest[0]);
        assertEquals("FULLY_ONLINE", newest[1]);
        assertEquals(0, ((Number) newest[2]).intValue());
        assertEquals(10, ((Number) newest[3]).intValue());
        assertEquals(5L, ((Number) newest[4]).longValue());

        apply(item(code, 5, "APPLICATION_BASED", "ON_SITE", 4));
        assertEquals("MARKET_SERVICE", copy(code)[0], "the same version again changes nothing");
        apply(item(code, 6, "APPLICATION_BASED", "ON_SITE", 4));
        assertEquals("ON_SITE", copy(code)[1]);
        assertEquals(4, ((Number) copy(code)[2]).intValue());
    }

    @Test
    void theApprovalConsumerTakesServiceItemEventsToTheCatalogueCopy() {
        assertTrue(ApprovalEventsConsumer.TYPES.contains(ServiceItemFacts.CHANGED));
        QuarkusTransaction.requiringNew().run(() ->
                consumer.apply(changed(item("R1", 3, "APPLICATION_BASED", "ONLINE_APPLICATION", 1))));
        QuarkusTransaction.requiringNew().run(() ->
                consumer.apply(changed(item("R1", 2, "APPLICATION_BASED", "ON_SITE", 2))));
        assertEquals("ONLINE_APPLICATION", copy("R1")[1]);
        assertEquals(3L, ((Number) copy("R1")[4]).longValue());
        long applications = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from application_copy where application_id = 'R1'").getSingleResult()).longValue());
        assertEquals(0, applications, "an item event is not taken for an application");
    }

    @Test
    void serviceItemEventsOnTheApprovalTopicReachTheCatalogueCopyNewestFirst() {
        assumeTrue(schemas.knows(ServiceItemFacts.CHANGED),
                "the contracts jar on the class path has no schema of " + ServiceItemFacts.CHANGED + " yet");
        String code = "K" + UUID.randomUUID().toString().substring(0, 8);
        UUID newer = send(code, item(code, 2, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        UUID older = send(code, item(code, 1, "APPLICATION_BASED", "ON_SITE", 2));
        UUID again = send(code, item(code, 2, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        for (UUID event : List.of(newer, older, again)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    ((Number) entityManager.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                            .setParameter(1, event.toString()).getSingleResult()).longValue()) == 1);
        }
        assertEquals("FULLY_ONLINE", copy(code)[1]);
        assertEquals(2L, ((Number) copy(code)[4]).longValue());
    }

    private UUID send(String itemCode, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = "service-item";
        event.aggregateId = itemCode;
        event.type = ServiceItemFacts.CHANGED;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = payload.replace(",\"addedLater\":{\"ignored\":true}", "");
        TopicWriter.send(cloudEvents.toRecord("approval.events", event));
        return event.id;
    }

    @Test
    void anEventWithoutWhatTheSharesNeedIsPoison() {
        String withoutDepth = item("P1", 1, "APPLICATION_BASED", "ON_SITE", 1).replace("\"handlingDepth\":\"ON_SITE\",", "");
        assertThrows(PoisonEventException.class, () -> apply(withoutDepth));
        String textVersion = item("P1", 1, "APPLICATION_BASED", "ON_SITE", 1).replace("\"version\":1", "\"version\":\"1\"");
        assertThrows(PoisonEventException.class, () -> apply(textVersion));
        String withoutKind = item("P1", 1, "APPLICATION_BASED", "ON_SITE", 1).replace("\"itemKind\":\"APPLICATION_BASED\",", "");
        assertThrows(PoisonEventException.class, () -> apply(withoutKind));
        String sparse = """
                {"itemCode":"P2","itemKind":"APPLICATION_BASED","handlingDepth":"FULLY_ONLINE","maxVisits":0,
                 "version":1,"statutoryLimitDays":null}""";
        apply(sparse);
        assertEquals("FULLY_ONLINE", copy("P2")[1], "fields the shares do not need may be missing");
        assertNull(copy("P2")[3]);
    }

    @Test
    void itemLevelSharesCountApplicationBasedItemsOfTheCatalogueOnly() {
        JsonPath before = dashboard("2003-06");
        assertNull(before.get("indicators.find { it.code == 'ITEM_ONLINE_RATE' }"), "no figure without a catalogue");

        apply(item("A1", 1, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        apply(item("A2", 1, "APPLICATION_BASED", "ONLINE_APPLICATION", 1));
        apply(item("A3", 1, "APPLICATION_BASED", "ONLINE_APPLICATION", 1));
        apply(item("A4", 1, "APPLICATION_BASED", "ON_SITE", 1));
        apply(item("A5", 1, "APPLICATION_BASED", "ON_SITE", 3));
        apply(item("A6", 2, "APPLICATION_BASED", "ON_SITE", 2));
        apply(item("A6", 1, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        apply(item("M1", 1, "MARKET_SERVICE", "FULLY_ONLINE", 0));
        apply(item("M2", 1, "MARKET_SERVICE", "ONLINE_APPLICATION", 1));
        apply(item("E1", 1, "EX_OFFICIO", "ON_SITE", 3));
        apply(item("E2", 1, "EX_OFFICIO", "FULLY_ONLINE", 0));
        apply(item("S1", 1, "PUBLIC_SERVICE", "FULLY_ONLINE", 0));
        apply(item("X1", 1, "APPLICATION_BASED", "FULLY_ONLINE", 0));
        apply(item("X1", 2, "MARKET_SERVICE", "FULLY_ONLINE", 0));

        JsonPath june = dashboard("2003-06");
        assertEquals(0, new BigDecimal("50.0").compareTo(field(june, "ITEM_ONLINE_RATE", "value")));
        assertEquals(0, new BigDecimal("50.0").compareTo(field(june, "ITEM_ONLINE_RATE", "ytdValue")));
        assertEquals(0, new BigDecimal("16.7").compareTo(field(june, "ITEM_FULLY_ONLINE_RATE", "value")));
        assertEquals(0, new BigDecimal("16.7").compareTo(field(june, "ITEM_FULLY_ONLINE_RATE", "ytdValue")));
        assertEquals(0, new BigDecimal("66.7").compareTo(field(june, "ITEM_ONE_VISIT_RATE", "value")));
        assertEquals(0, new BigDecimal("66.7").compareTo(field(june, "ITEM_ONE_VISIT_RATE", "ytdValue")));
        assertEquals("APPROVALS", june.get("indicators.find { it.code == 'ITEM_ONLINE_RATE' }.source"));
        assertEquals("%", june.get("indicators.find { it.code == 'ITEM_ONE_VISIT_RATE' }.unit"));
        assertEquals("PARK", june.get("indicators.find { it.code == 'ITEM_FULLY_ONLINE_RATE' }.dimension"));

        apply(item("A5", 2, "APPLICATION_BASED", "ONLINE_APPLICATION", 1));
        JsonPath later = dashboard("2003-07");
        assertEquals(0, new BigDecimal("66.7").compareTo(field(later, "ITEM_ONLINE_RATE", "ytdValue")));
        assertEquals(0, new BigDecimal("83.3").compareTo(field(later, "ITEM_ONE_VISIT_RATE", "value")));
        assertEquals(0, new BigDecimal("66.7").compareTo(field(dashboard("2003-06"), "ITEM_ONLINE_RATE", "value")),
                "a stock figure: the catalogue now, whichever period is asked for");

        JsonPath catalogue = given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/indicators/catalogue")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("MONTH", catalogue.get("find { it.code == 'ITEM_FULLY_ONLINE_RATE' }.periodType"));
        assertEquals("事项一次办率", catalogue.get("find { it.code == 'ITEM_ONE_VISIT_RATE' }.nameZh"));
        assertEquals("APPROVALS", catalogue.get("find { it.code == 'ITEM_ONLINE_RATE' }.source"));
    }
}
