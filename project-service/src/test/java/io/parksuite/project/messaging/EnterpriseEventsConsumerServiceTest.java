package io.parksuite.project.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.EventHandler;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.project.ProjectRequests;
import io.parksuite.project.service.InvestorLinks;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class EnterpriseEventsConsumerServiceTest {

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EntityManager entityManager;

    @Inject
    InvestorLinks links;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void aProspectiveInvestorIsLinkedWhenItsEnterpriseIsRegistered() {
        String investor = "杉杉能源测试" + UUID.randomUUID().toString().substring(0, 6) + "有限公司";
        String id = ProjectRequests.create("investment-officer", ProjectRequests.body("锂电正极材料项目", investor,
                "LISTED", 1_500_000_000L, "SIGNED", java.time.LocalDate.of(2019, 6, 1), false))
                .statusCode(201).body("investor.linked", equalTo(false)).extract().path("id");
        String uscc = TestUscc.random();
        UUID eventId = UUID.randomUUID();

        TopicWriter.send(registered(eventId, uscc, investor, null, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}", id)
                        .then().statusCode(200)
                        .body("investor.linked", equalTo(true))
                        .body("investor.uscc", equalTo(uscc)));
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).when().get("/api/v1/projects/{id}", id)
                .then().statusCode(200);

        TopicWriter.send(registered(eventId, uscc, investor, null, 0));
        UUID later = UUID.randomUUID();
        TopicWriter.send(registered(later, TestUscc.random(), "无关企业", null, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(later) == 1L);
        assertEquals(1L, processed(eventId));
        assertEquals(1, TopicReader.read("project.events",
                r -> id.equals(r.key()) && ProjectEvents.UPDATED.equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(3)).size(), "one link, one update event");
    }

    @Test
    void theProjectThatBroughtAnEnterpriseInIsLinkedByItsId() {
        String id = ProjectRequests.create("SIGNED", java.time.LocalDate.of(2019, 6, 1), false);
        String uscc = TestUscc.random();
        TopicWriter.send(registered(UUID.randomUUID(), uscc, "新设项目公司", id, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/projects/{id}", id)
                        .then().body("investor.uscc", equalTo(uscc)).body("investor.name", equalTo("新设项目公司")));
    }

    @Test
    void aProjectNamingARegisteredEnterpriseIsLinkedAtOnce() {
        String uscc = TestUscc.random();
        UUID eventId = UUID.randomUUID();
        TopicWriter.send(registered(eventId, uscc, "已登记企业", null, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId) == 1L);
        ProjectRequests.create("investment-officer", """
                {"name": "已登记投资方项目", "investor": {"uscc": "%s", "name": "已登记企业", "type": "OTHER"},
                 "plannedInvestmentYuan": 1000}""".formatted(uscc))
                .statusCode(201).body("investor.linked", equalTo(true));
    }

    @Test
    void aBatchLinksProjectsAsItsEventsWouldOneByOne() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String firstName = "先名" + run + "有限公司";
        String laterName = "后名" + run + "有限公司";
        String staleName = "旧名" + run + "有限公司";
        String byFirst = prospective(firstName);
        String byLater = prospective(laterName);
        String byStale = prospective(staleName);
        String uscc = TestUscc.random();
        String reordered = TestUscc.random();
        String skippedName = "跳过" + run + "有限公司";
        String bySkipped = prospective(skippedName);

        apply(List.of(snapshot(uscc, firstName, 1), snapshot(reordered, "重排" + run + "有限公司", 5),
                snapshot(uscc, laterName, 2), snapshot(reordered, skippedName, 4)));
        assertInvestor(byFirst, true, uscc, firstName);
        assertInvestor(byLater, true, uscc, laterName);
        assertInvestor(bySkipped, false, null, skippedName);

        apply(List.of(snapshot(uscc, staleName, 1)));
        assertInvestor(byStale, false, null, staleName);
        Object[] known = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select name, aggregate_version from known_enterprise where uscc = ?1").setParameter(1, uscc)
                .getSingleResult());
        assertEquals(laterName, known[0]);
        assertEquals(2L, ((Number) known[1]).longValue());
    }

    private static String prospective(String investor) {
        return ProjectRequests.create("investment-officer", ProjectRequests.body("批次关联测试项目", investor,
                "OTHER", 1_000_000L, "NEGOTIATING", java.time.LocalDate.of(2026, 6, 1), false))
                .statusCode(201).body("investor.linked", equalTo(false)).extract().path("id");
    }

    private void apply(List<IncomingEvent> events) {
        QuarkusTransaction.requiringNew().run(() -> {
            EventHandler handler = links.batch();
            handler.prepare(events);
            events.forEach(handler::handle);
        });
    }

    private IncomingEvent snapshot(String uscc, String name, long version) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "parksuite.enterprise.updated.v1", "/enterprise-service",
                uscc, OffsetDateTime.now(ZoneOffset.UTC), objectMapper.readTree("""
                        {"uscc":"%s","name":"%s","status":"ACTIVE","aggregateVersion":%d,
                         "registeredAt":"2026-11-27T08:00:00Z"}""".formatted(uscc, name, version)));
    }

    private static void assertInvestor(String project, boolean linked, String uscc, String name) {
        given().auth().oauth2(TestTokens.forRole("park-admin")).when().get("/api/v1/projects/{id}", project)
                .then().statusCode(200)
                .body("investor.linked", equalTo(linked))
                .body("investor.uscc", equalTo(uscc))
                .body("investor.name", equalTo(name));
    }

    private ProducerRecord<String, byte[]> registered(UUID eventId, String uscc, String name, String originProjectId,
                                                      long version) {
        OutboxEvent event = new OutboxEvent();
        event.id = eventId;
        event.aggregateType = "enterprise";
        event.aggregateId = uscc;
        event.type = "parksuite.enterprise.registered.v1";
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"uscc":"%s","name":"%s","status":"ACTIVE","aggregateVersion":%d,"registeredAt":"2026-11-27T08:00:00Z",
                 "origin":"%s","originProjectId":%s,"someFutureField":{"x":1}}"""
                .formatted(uscc, name, version, originProjectId == null ? "LOCAL" : "PROJECT",
                        originProjectId == null ? "null" : "\"" + originProjectId + "\"");
        return cloudEvents.toRecord("enterprise.events", event);
    }

    private long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId.toString()).getSingleResult()).longValue());
    }
}
