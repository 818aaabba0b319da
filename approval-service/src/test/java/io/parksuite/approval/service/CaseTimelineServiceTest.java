package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class CaseTimelineServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIMELINE = "parksuite.approval.case-timeline.v1";

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConcludedCaseWithASupplementAndAPauseHasItsIntervalsAndARectificationAddsOne() {
        String dept = unique("dept-t");
        String item = unique("T");
        createItem(item, dept, 20, 10, true, false);
        String uscc = TestUscc.random();
        LocalDate d = WorkingCalendar.today(clock);

        String id = enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantName":"承诺企业","notifyCommitment":true,
                         "formData":{"enterpriseName":"承诺企业"}}""".formatted(item))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().<String>path("id");
        upload(enterprise(uscc), id, item + "-main").statusCode(201);
        clock.moveTo(d.plusDays(2));
        step(enterprise(uscc), id, "submit", null).statusCode(200);
        clock.moveTo(d.plusDays(3));
        step(manager(), id, "request-supplement", "{\"items\":[\"申请书签字页\"]}").statusCode(200);
        clock.moveTo(d.plusDays(5));
        step(enterprise(uscc), id, "supply-supplement", null).statusCode(200);
        step(officer(dept), id, "accept", null).statusCode(200);
        clock.moveTo(d.plusDays(6));
        step(manager(), id, "special-procedure/start", "{\"kind\":\"EXPERT_REVIEW\",\"reason\":\"专家评审\"}")
                .statusCode(200);
        clock.moveTo(d.plusDays(8));
        step(manager(), id, "special-procedure/end", null).statusCode(200);
        clock.moveTo(d.plusDays(9));
        String task = manager().get("/api/v1/approval/applications/" + id).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        List<JsonNode> timelines = timelinesOf(id);
        assertEquals(1, timelines.size());
        JsonNode timeline = timelines.get(0);
        assertEquals(id, timeline.get("applicationId").asText());
        assertEquals(item, timeline.get("itemCode").asText());
        assertTrue(timeline.get("bundleCode").isNull() && timeline.get("projectId").isNull());
        assertEquals(uscc, timeline.get("applicantUscc").asText());
        assertTrue(timeline.get("officer").asText().endsWith("@" + dept), timeline.toString());
        assertEquals("approved", timeline.get("result").asText());
        long version = manager().get("/api/v1/approval/applications/" + id).then().extract().<Integer>path("version");
        assertEquals(version, timeline.get("aggregateVersion").asLong());
        assertEquals(List.of(
                        "ENTERPRISE DRAFT null " + d + " " + d.plusDays(1),
                        "ENTERPRISE SUPPLEMENT null " + d.plusDays(3) + " " + d.plusDays(4),
                        "GOVERNMENT DEPARTMENT_REVIEW " + dept + " " + d.plusDays(5) + " " + d.plusDays(9),
                        "GOVERNMENT SPECIAL_PROCEDURE null " + d.plusDays(6) + " " + d.plusDays(8)),
                intervals(timeline));

        String postCheck = manager().queryParam("applicationId", id).get("/api/v1/approval/follow-ups").then()
                .extract().path("items[0].id");
        clock.moveTo(d.plusDays(12));
        manager().contentType(ContentType.JSON).body("""
                        {"outcome":"RECTIFICATION_REQUIRED","reason":"承诺条件未满足","rectificationWorkingDays":10}""")
                .post("/api/v1/approval/follow-ups/" + postCheck + "/outcome").then().statusCode(200);
        clock.moveTo(d.plusDays(15));
        manager().contentType(ContentType.JSON).body("{\"outcome\":\"PASSED\",\"reason\":\"整改完成\"}")
                .post("/api/v1/approval/follow-ups/" + postCheck + "/outcome").then().statusCode(200);
        timelines = timelinesOf(id);
        assertEquals(2, timelines.size(), "the rectification's end publishes the timeline again");
        JsonNode again = timelines.get(1);
        assertTrue(again.get("aggregateVersion").asLong() > timeline.get("aggregateVersion").asLong());
        assertTrue(intervals(again).contains("ENTERPRISE RECTIFICATION " + dept + " " + d.plusDays(12) + " "
                + d.plusDays(15)), intervals(again).toString());
        assertEquals(5, intervals(again).size());

        List<ConsumerRecord<String, String>> published = TopicReader.read("approval.events",
                r -> id.equals(r.key()) && TIMELINE.equals(TopicReader.header(r, "ce_type")), 3, Duration.ofSeconds(10));
        assertEquals(2, published.size(), "keyed by the application");
    }

    private static List<String> intervals(JsonNode timeline) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : timeline.get("intervals")) {
            out.add(i.get("party").asText() + " " + i.get("kind").asText() + " " + i.get("department").asText() + " "
                    + i.get("firstDay").asText() + " " + i.get("lastDay").asText());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> timelinesOf(String applicationId) {
        List<Object> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select cast(payload as text) from outbox_event where type = ?1 and aggregate_id = ?2
                        order by (payload ->> 'aggregateVersion')::int""")
                .setParameter(1, TIMELINE).setParameter(2, applicationId).getResultList());
        List<JsonNode> nodes = new ArrayList<>();
        for (Object payload : payloads) {
            try {
                nodes.add(JSON.readTree(payload.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return nodes;
    }

}
