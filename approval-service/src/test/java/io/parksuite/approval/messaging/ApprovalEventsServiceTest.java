package io.parksuite.approval.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ApprovalEventsServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void anApplicationsLifePublishesSchemaValidSnapshotsCarryingItsProject() throws Exception {
        String dept = unique("dept-e");
        String item = unique("E");
        createItem(item, dept, 20, 5);
        String uscc = TestUscc.random();
        UUID project = knownProject(uscc);
        String id = enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantName":"事件企业","projectId":"%s","formData":{"enterpriseName":"事件企业"}}"""
                        .formatted(item, project))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
        upload(enterprise(uscc), id, item + "-main").statusCode(201);
        step(enterprise(uscc), id, "submit", null).statusCode(200);
        step(officer(dept), id, "accept", null).statusCode(200);
        String task = manager().get("/api/v1/approval/applications/" + id).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200);
        step(enterprise(uscc), id, "rating", "{\"score\":5}").statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.read("approval.events", r -> id.equals(r.key()), 5,
                Duration.ofSeconds(30));
        records.sort(Comparator.comparingLong(ConsumerRecord::offset));
        assertEquals(List.of(ApprovalEvents.SUBMITTED, ApprovalEvents.ACCEPTED, ApprovalEvents.CONCLUDED,
                        ApprovalEvents.CASE_TIMELINE, ApprovalEvents.RATED),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        long previousVersion = -1;
        for (ConsumerRecord<String, String> record : records) {
            String type = TopicReader.header(record, "ce_type");
            JsonNode payload = objectMapper.readTree(record.value());
            assertEquals(List.of(), schemas.violations(type, payload), type + " must satisfy its schema");
            assertEquals(id, TopicReader.header(record, "ce_subject"));
            assertEquals("/parksuite/approval-service", TopicReader.header(record, "ce_source"));
            assertEquals(id, payload.get("applicationId").asText());
            assertEquals(project.toString(), payload.get("projectId").asText(), "projectId travels in every payload");
            long version = payload.get("aggregateVersion").asLong();
            boolean timeline = ApprovalEvents.CASE_TIMELINE.equals(type);
            assertTrue(timeline ? version == previousVersion : version > previousVersion,
                    "aggregateVersion increases (the case-timeline has the conclusion's): " + version + " after "
                            + previousVersion);
            previousVersion = version;
        }
        JsonNode concluded = objectMapper.readTree(records.get(2).value());
        assertEquals("approved", concluded.get("result").asText());
        assertEquals(5, concluded.get("promisedLimitDays").asInt());
        assertEquals(0, concluded.get("workingDaysUsed").asInt());
        assertEquals("ONLINE", concluded.get("channel").asText());
        assertEquals(0, concluded.get("visits").asInt());
        assertTrue(concluded.get("onTime").asBoolean());
        assertTrue(concluded.hasNonNull("submittedAt") && concluded.hasNonNull("concludedAt"));
        JsonNode timeline = objectMapper.readTree(records.get(3).value());
        for (String deskField : List.of("channel", "status", "visits", "acceptedAt", "promisedLimitDays",
                "statutoryLimitDays", "promisedDeadline", "workingDaysUsed", "onTime")) {
            assertEquals(concluded.get(deskField), timeline.get(deskField), "the timeline carries the conclusion's " + deskField);
        }
        JsonNode accepted = objectMapper.readTree(records.get(1).value());
        assertEquals("ACCEPTED", accepted.get("acceptance").asText());
        JsonNode rated = objectMapper.readTree(records.get(4).value());
        assertEquals(5, rated.get("score").asInt());
        assertTrue(!rated.get("bad").asBoolean());
    }

    @Test
    void schemasRejectPayloadsMissingWhatConsumersRelyOn() throws Exception {
        JsonNode incomplete = objectMapper.readTree("""
                {"applicationId":"%s","referenceNumber":"BJ1","applicantName":"x","channel":"ONLINE","status":"APPROVED",
                 "visits":0,"aggregateVersion":3,"updatedAt":"2026-11-27T08:00:00Z","result":"approved"}""".formatted(UUID.randomUUID()));
        List<String> violations = schemas.violations(ApprovalEvents.CONCLUDED, incomplete);
        assertTrue(violations.stream().anyMatch(v -> v.contains("concludedAt")), violations.toString());
        JsonNode wrongResult = objectMapper.readTree(incomplete.toString().replace("\"approved\"", "\"APPROVED_OK\""));
        assertTrue(schemas.violations(ApprovalEvents.CONCLUDED, wrongResult).stream().anyMatch(v -> v.contains("result")));
        for (String type : ApprovalEvents.TYPES) {
            assertTrue(schemas.knows(type), type);
        }
    }
}
