package io.parksuite.project.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class ProjectEventsServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void everyChangeIsPublishedInOrderAsASchemaValidSnapshot() throws Exception {
        String id = ProjectRequests.create("SIGNED", LocalDate.of(2019, 7, 1), true);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(ProjectRequests.body("事件项目", "测试投资方有限公司", "LISTED", 800_000_000L, "SIGNED",
                        LocalDate.of(2019, 7, 1), true))
                .when().put("/api/v1/projects/{id}", id).then().statusCode(200);
        ProjectRequests.transition(id, "CONSTRUCTION", LocalDate.of(2019, 7, 10), "先建后验").statusCode(200);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"completedYuan": 250000000}""")
                .when().put("/api/v1/projects/{id}/investments/2019-07", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "2019-07-15", "amountYuan": 300000000, "reference": "YZ-2019-0715-01"}""")
                .when().post("/api/v1/projects/{id}/funds", id).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicReader.read("project.events", r -> id.equals(r.key()), 6,
                Duration.ofSeconds(30));
        List<String> types = new ArrayList<>();
        long previousVersion = -1;
        for (ConsumerRecord<String, String> record : records) {
            String type = TopicReader.header(record, "ce_type");
            types.add(type);
            assertEquals("/parksuite/project-service", TopicReader.header(record, "ce_source"));
            assertEquals(id, TopicReader.header(record, "ce_subject"));
            JsonNode payload = objectMapper.readTree(record.value());
            assertEquals(List.of(), schemas.violations(type, payload), type + ": " + record.value());
            assertEquals(id, payload.get("id").asText());
            long version = payload.get("aggregateVersion").asLong();
            assertTrue(version >= previousVersion, "versions never decrease: " + types);
            previousVersion = version;
        }
        assertEquals(List.of(ProjectEvents.CREATED, ProjectEvents.STAGE_CHANGED, ProjectEvents.UPDATED,
                ProjectEvents.STAGE_CHANGED,
                ProjectEvents.INVESTMENT_REPORTED, ProjectEvents.FUNDS_ARRIVED), types);

        JsonNode signed = objectMapper.readTree(records.get(1).value());
        assertTrue(signed.get("from").isNull());
        assertEquals("SIGNED", signed.get("to").asText());
        JsonNode stageChanged = objectMapper.readTree(records.get(3).value());
        assertEquals("SIGNED", stageChanged.get("from").asText());
        assertEquals("CONSTRUCTION", stageChanged.get("to").asText());
        assertEquals("2019-07-10", stageChanged.get("date").asText());
        assertEquals("先建后验", stageChanged.get("skipReason").asText());
        JsonNode investment = objectMapper.readTree(records.get(4).value());
        assertEquals("2019-07", investment.get("period").asText());
        assertEquals(250000000, investment.get("completedYuan").asLong());
        assertTrue(investment.get("faiEligible").asBoolean());
        JsonNode funds = objectMapper.readTree(records.get(5).value());
        assertEquals("YZ-2019-0715-01", funds.get("reference").asText());
        assertEquals(300000000, funds.get("fundsArrivedYuan").asLong());
        assertEquals(List.of("name", "investorType", "plannedInvestmentYuan"),
                objectMapper.convertValue(objectMapper.readTree(records.get(2).value()).get("changedFields"), List.class));
    }

    @Test
    void theSchemaExamplesAreValidAgainstTheirOwnSchemas() throws Exception {
        for (String type : List.of(ProjectEvents.CREATED, ProjectEvents.UPDATED, ProjectEvents.STAGE_CHANGED,
                ProjectEvents.INVESTMENT_REPORTED, ProjectEvents.FUNDS_ARRIVED)) {
            JsonNode schema = objectMapper.readTree(getClass().getClassLoader()
                    .getResourceAsStream("contracts/events/" + type + ".schema.json"));
            assertEquals("project-service", schema.get("x-producer").asText());
            assertEquals(List.of(), schemas.violations(type, schema.get("examples").get(0)), type);
        }
    }
}
