package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class HistoryImportServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void datedCasesAreStoredConcludedOnceWithTheirTimelinesAllOrNothing() throws Exception {
        String dept = unique("dept-h");
        String item = unique("H");
        createItem(item, dept, 20, 5);
        String uscc = TestUscc.random();
        String approved = unique("LS");
        String denied = unique("LS");
        String body = "[" + historical(approved, item, uscc, dept, "2021-03-01T09:00:00+08:00", "2021-03-04T10:00:00+08:00",
                "2021-03-05T10:00:00+08:00", "2021-03-12T16:00:00+08:00", "APPROVED", "approved") + ","
                + historical(denied, item, uscc, dept, "2021-04-01T09:00:00+08:00", "2021-04-01T10:00:00+08:00",
                "2021-04-02T10:00:00+08:00", "2021-04-06T16:00:00+08:00", "DENIED", "denied") + "]";

        post(officer(dept), body).statusCode(403);
        manager().get("/api/v1/approval/applications/history").then().statusCode(not(equalTo(405)))
                .contentType("application/problem+json");
        post(enterprise(uscc), body).statusCode(403);
        String firstOfBroken = unique("LS");
        String broken = "[" + historical(firstOfBroken, item, uscc, dept, "2021-03-01T09:00:00+08:00",
                "2021-03-04T10:00:00+08:00", "2021-03-05T10:00:00+08:00", "2021-03-12T16:00:00+08:00", "APPROVED",
                "approved") + "," + historical(unique("LS"), item, uscc, dept, "2021-03-05T09:00:00+08:00",
                "2021-03-04T10:00:00+08:00", "2021-03-05T10:00:00+08:00", "2021-03-12T16:00:00+08:00", "DENIED",
                "approved") + "]";
        post(manager(), broken).statusCode(422)
                .body("errors.field", hasItems("[1].submittedAt", "[1].result"));
        assertEquals(0L, count("select count(*) from application where reference_number = '" + firstOfBroken + "'"),
                "nothing stored");
        post(manager(), "[" + String.join(",", Collections.nCopies(501, "{}")) + "]").statusCode(422);

        List<String> ids = post(manager(), body).statusCode(200)
                .body("created", contains(true, true)).body("referenceNumber", contains(approved, denied))
                .extract().path("applicationId");
        manager().get("/api/v1/approval/applications/" + ids.get(0)).then().statusCode(200)
                .body("status", equalTo("ARCHIVED")).body("result", equalTo("approved"))
                .body("acceptedOn", equalTo("2021-03-05")).body("tasks[0].status", equalTo("APPROVED"));
        manager().get("/api/v1/approval/applications/" + ids.get(1)).then().body("result", equalTo("denied"));

        JsonNode timeline = timelineOf(ids.get(0)).get(0);
        assertEquals(approved, timeline.get("referenceNumber").asText());
        assertTrue(timeline.get("createdAt").asText().startsWith("2021-03-01T01:00"), timeline.toString());
        assertTrue(timeline.get("officer").isNull());
        assertEquals("ONLINE", timeline.get("channel").asText());
        assertEquals("ARCHIVED", timeline.get("status").asText());
        assertEquals(0, timeline.get("visits").asInt());
        assertEquals(5, timeline.get("promisedLimitDays").asInt());
        assertEquals(20, timeline.get("statutoryLimitDays").asInt());
        assertEquals("2021-03-12", timeline.get("promisedDeadline").asText());
        assertEquals(5, timeline.get("workingDaysUsed").asInt(), "2021-03-05 to 03-12 on the desk's calendar");
        assertTrue(timeline.get("onTime").asBoolean());
        assertEquals(1, timelineOf(ids.get(1)).get(0).get("workingDaysUsed").asInt(),
                "清明 2021-04-03 to 04-05 is not counted");
        List<String> intervals = new ArrayList<>();
        timeline.get("intervals").forEach(i -> intervals.add(i.get("party").asText() + " " + i.get("kind").asText()
                + " " + i.get("department").asText() + " " + i.get("firstDay").asText() + " " + i.get("lastDay").asText()));
        assertEquals(List.of("ENTERPRISE DRAFT null 2021-03-01 2021-03-03",
                "GOVERNMENT DEPARTMENT_REVIEW " + dept + " 2021-03-05 2021-03-12"), intervals);
        assertEquals(1, timelineOf(ids.get(1)).size());

        post(manager(), body).statusCode(200).body("created", contains(false, false))
                .body("applicationId", contains(ids.toArray()));
        assertEquals(1, timelineOf(ids.get(0)).size(), "a repeated import publishes nothing again");

        String live = submitted(uscc, item, null, List.of(item + "-main"));
        String liveNumber = manager().get("/api/v1/approval/applications/" + live).then().extract().path("referenceNumber");
        post(manager(), "[" + historical(liveNumber, item, uscc, dept, "2021-03-01T09:00:00+08:00",
                "2021-03-04T10:00:00+08:00", "2021-03-05T10:00:00+08:00", "2021-03-12T16:00:00+08:00", "APPROVED",
                "approved") + "]").statusCode(409);
    }

    @Test
    void aCaseNamesItsProjectByNameAndBringsItsFollowUpsWithTheirOutcomes() {
        String dept = unique("dept-v");
        String item = unique("V");
        createItem(item, dept, 20, 5, true, true);
        String uscc = TestUscc.random();
        UUID project = knownProject(uscc);
        String reference = unique("LS");
        String withProject = historical(reference, item, uscc, dept, "2021-03-01T09:00:00+08:00",
                "2021-03-04T10:00:00+08:00", "2021-03-05T10:00:00+08:00", "2021-03-12T16:00:00+08:00", "APPROVED",
                "approved").replace("\"result\":\"approved\"}", """
                "result":"approved","projectName":"测试项目","followUps":[
                  {"kind":"VERIFICATION","itemCode":"%s","dueOn":"2021-06-30","status":"OPEN"},
                  {"kind":"POST_CHECK","itemCode":"%s","dueOn":"2021-04-30","status":"PASSED",
                   "concludedAt":"2021-04-20T10:00:00+08:00"}]}""".formatted(item, item));

        post(manager(), "[" + withProject.replace("测试项目", "无此项目") + "]").statusCode(422)
                .body("errors.field", hasItems("[0].projectName"));
        post(manager(), "[" + withProject.replace("\"status\":\"OPEN\"", "\"status\":\"REVOKED\"") + "]")
                .statusCode(422).body("errors.field", hasItems("[0].followUps[0].concludedAt", "[0].followUps[0].reason"));
        String id = post(manager(), "[" + withProject + "]").statusCode(200).extract().path("[0].applicationId");

        manager().get("/api/v1/approval/applications/" + id).then().statusCode(200)
                .body("projectId", equalTo(project.toString()));
        manager().queryParam("applicationId", id).get("/api/v1/approval/follow-ups").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.kind == 'VERIFICATION' }.status", equalTo("OPEN"))
                .body("items.find { it.kind == 'VERIFICATION' }.projectId", equalTo(project.toString()))
                .body("items.find { it.kind == 'POST_CHECK' }.status", equalTo("PASSED"));
        assertEquals(2L, count("select count(*) from outbox_event where type = 'parksuite.approval.follow-up-changed.v1' "
                + "and payload->>'applicationId' = '" + id + "'"), "each follow-up is announced");
    }

    private static String historical(String reference, String item, String uscc, String dept, String created,
                                     String submitted, String accepted, String concluded, String decision, String result) {
        return """
                {"referenceNumber":"%s","itemCode":"%s","applicantUscc":"%s","createdAt":"%s","submittedAt":"%s",
                 "acceptedAt":"%s","decisions":[{"department":"%s","decision":"%s","decidedAt":"%s"}],
                 "concludedAt":"%s","result":"%s"}""".formatted(reference, item, uscc, created, submitted, accepted, dept,
                decision, concluded, concluded, result);
    }

    private static ValidatableResponse post(RequestSpecification who, String body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/v1/approval/applications/history").then();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> timelineOf(String id) throws Exception {
        List<Object> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(payload as text) from outbox_event where type = ?1 and aggregate_id = ?2")
                .setParameter(1, "parksuite.approval.case-timeline.v1").setParameter(2, id).getResultList());
        List<JsonNode> nodes = new ArrayList<>();
        for (Object payload : payloads) {
            nodes.add(JSON.readTree(payload.toString()));
        }
        return nodes;
    }
}
