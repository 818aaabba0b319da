package io.parksuite.approval.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.service.ReminderScan;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A natural person's ID number (身份证号) never leaves the desk on approval.events: every event names the
 * person by applicantRef, a random pseudonym that is the same for the same person and leads nowhere else.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ApplicantRefServiceTest {

    @Inject
    EventSchemas schemas;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ReminderScan scan;

    @Inject
    MovableClock clock;

    private String submittedByPerson(String item, String personId) {
        String id = manager().contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantPersonId":"%s","applicantName":"张三","formData":{"enterpriseName":"个人"}}"""
                        .formatted(item, personId))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
        upload(manager(), id, item + "-main").statusCode(201);
        step(manager(), id, "submit", null).statusCode(200);
        return id;
    }

    @Test
    void eventsAndRemindersNameAPersonByAStablePseudonymNeverByTheIdNumber() throws Exception {
        String dept = unique("dept-ref");
        String item = unique("REF");
        createItem(item, dept, 20, 2);
        String person = "4301121990" + String.format("%07d", (long) (Math.random() * 10_000_000)) + "X";
        String other = "4301121985" + String.format("%07d", (long) (Math.random() * 10_000_000)) + "1";
        String first = submittedByPerson(item, person);
        String again = submittedByPerson(item, person.toLowerCase());
        String third = submittedByPerson(item, other);

        Set<String> ids = Set.of(first, again, third);
        List<ConsumerRecord<String, String>> submitted = TopicReader.read("approval.events",
                r -> ids.contains(r.key()) && ApprovalEvents.SUBMITTED.equals(TopicReader.header(r, "ce_type")), 3,
                Duration.ofSeconds(30));
        Map<String, String> refs = new HashMap<>();
        for (ConsumerRecord<String, String> record : submitted) {
            JsonNode payload = objectMapper.readTree(record.value());
            assertEquals(List.of(), schemas.violations(ApprovalEvents.SUBMITTED, payload));
            assertFalse(payload.has("applicantPersonId"), "no event carries the ID number field");
            assertFalse(record.value().contains(person.substring(0, 17)) || record.value().contains(other.substring(0, 17)),
                    "the ID number appears nowhere in the event");
            refs.put(record.key(), UUID.fromString(payload.get("applicantRef").asText()).toString());
        }
        assertEquals(refs.get(first), refs.get(again), "the same person has the same ref");
        assertNotEquals(refs.get(first), refs.get(third), "another person has another ref");
        assertNotEquals(UUID.nameUUIDFromBytes(person.getBytes(StandardCharsets.UTF_8)).toString(), refs.get(first));
        manager().get("/api/v1/approval/applications/" + first).then().statusCode(200)
                .body("applicantRef", org.hamcrest.Matchers.equalTo(refs.get(first)));

        LocalDate due = WorkingCalendar.chinaMainland().addWorkingDays(WorkingCalendar.today(clock), 1);
        step(manager(), first, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"commitment":"承诺补齐","dueOn":"%s"}""".formatted(item, due))
                .statusCode(200);
        scan.scan();
        ConsumerRecord<String, String> reminder = TopicReader.read("approval.events",
                r -> first.equals(r.key()) && ApprovalEvents.REMINDER_DUE.equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains("\"APPLICANT\""), 1, Duration.ofSeconds(30)).get(0);
        JsonNode payload = objectMapper.readTree(reminder.value());
        assertEquals(List.of(), schemas.violations(ApprovalEvents.REMINDER_DUE, payload));
        assertEquals(refs.get(first), payload.path("reminder").path("recipient").asText());
        assertFalse(reminder.value().contains(person.substring(0, 17)));
        manager().queryParam("recipient", refs.get(first)).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.applicationId", org.hamcrest.Matchers.hasItem(first));
        assertTrue(payload.has("applicantRef"));
    }
}
