package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.domain.Reminder;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class FollowUpsServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGED = "parksuite.approval.follow-up-changed.v1";
    private static final Set<String> PAYLOAD_FIELDS = new TreeSet<>(List.of("followUpId", "applicationId",
            "referenceNumber", "bundleCode", "itemCode", "projectId", "applicantUscc", "kind", "department", "status",
            "failed", "dueOn", "rectificationDueOn", "reason", "openedAt", "concludedAt", "version"));

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ReminderScan scan;

    String dept;
    String item;
    String uscc;

    @BeforeEach
    void catalogue() {
        dept = unique("dept-f");
        item = unique("F");
        createItem(item, dept, 20, 2, true, true);
        uscc = TestUscc.random();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPostCheckPassesAndAVerificationFailsIsRectifiedOnTheCalendarAndIsRevoked() throws Exception {
        String id = approvedWithFollowUps();
        String postCheck = followUp(id, "POST_CHECK");
        String verification = followUp(id, "VERIFICATION");
        LocalDate today = WorkingCalendar.today(clock);

        outcome(officer(unique("dept-other")), postCheck, "{\"outcome\":\"PASSED\"}").statusCode(403);
        outcome(enterprise(uscc), postCheck, "{\"outcome\":\"PASSED\"}").statusCode(403);
        outcome(as("park-leader"), postCheck, "{\"outcome\":\"PASSED\"}").statusCode(403);
        outcome(officer(dept), postCheck, "{\"outcome\":\"PASSED\",\"reason\":\"承诺事项核查属实\"}").statusCode(200)
                .body("status", equalTo("PASSED")).body("failed", equalTo(false)).body("concludedAt", notNullValue())
                .body("version", equalTo(2));
        outcome(officer(dept), postCheck, "{\"outcome\":\"REVOKED\",\"reason\":\"x\"}").statusCode(409)
                .body("detail", containsString("PASSED"));

        outcome(officer(dept), verification, "{\"outcome\":\"RECTIFICATION_REQUIRED\",\"rectificationWorkingDays\":20}")
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        outcome(officer(dept), verification, """
                {"outcome":"RECTIFICATION_REQUIRED","reason":"消防验收不合格","rectificationWorkingDays":61}""")
                .statusCode(422);
        outcome(officer(dept), verification, "{\"outcome\":\"RECTIFICATION_REQUIRED\",\"reason\":\"消防验收不合格\"}")
                .statusCode(422).body("errors[0].field", equalTo("rectificationWorkingDays"));
        LocalDate rectifyBy = WorkingCalendar.chinaMainland().addWorkingDays(today, 20);
        outcome(officer(dept), verification, """
                {"outcome":"RECTIFICATION_REQUIRED","reason":"消防验收不合格：疏散通道宽度不足","rectificationWorkingDays":20}""")
                .statusCode(200).body("status", equalTo("RECTIFYING")).body("failed", equalTo(true))
                .body("rectificationDueOn", equalTo(rectifyBy.toString())).body("concludedAt", nullValue());
        outcome(manager(), verification, """
                {"outcome":"RECTIFICATION_REQUIRED","reason":"again","rectificationWorkingDays":5}""")
                .statusCode(409).body("detail", containsString("RECTIFYING"));
        outcome(manager(), verification, "{\"outcome\":\"REVOKED\"}").statusCode(422).body("errors[0].field", equalTo("reason"));
        outcome(manager(), verification, "{\"outcome\":\"REVOKED\",\"reason\":\"逾期未整改，撤销许可\"}").statusCode(200)
                .body("status", equalTo("REVOKED")).body("failed", equalTo(true)).body("version", equalTo(3));
        manager().get("/api/v1/approval/applications/" + id).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("revocationReason", equalTo("逾期未整改，撤销许可"));
        manager().queryParam("applicationId", id).queryParam("status", "REVOKED").get("/api/v1/approval/follow-ups")
                .then().statusCode(200).body("items.id", contains(verification));

        List<JsonNode> changes = changesOf(verification);
        assertEquals(List.of(1, 2, 3), changes.stream().map(c -> c.get("version").asInt()).toList());
        assertEquals(List.of("OPEN", "RECTIFYING", "REVOKED"), changes.stream().map(c -> c.get("status").asText()).toList());
        for (JsonNode change : changes) {
            Set<String> fields = new TreeSet<>();
            change.fieldNames().forEachRemaining(fields::add);
            assertEquals(PAYLOAD_FIELDS, fields, "every field always present");
            assertEquals(id, change.get("applicationId").asText());
            assertEquals(item, change.get("itemCode").asText());
            assertEquals("VERIFICATION", change.get("kind").asText());
            assertEquals(dept, change.get("department").asText());
            assertEquals(uscc, change.get("applicantUscc").asText());
        }
        assertTrue(changes.get(0).get("rectificationDueOn").isNull() && changes.get(0).get("concludedAt").isNull());
        assertFalse(changes.get(0).get("failed").asBoolean());
        assertEquals(rectifyBy.toString(), changes.get(1).get("rectificationDueOn").asText());
        assertTrue(changes.get(1).get("failed").asBoolean());
        assertEquals("逾期未整改，撤销许可", changes.get(2).get("reason").asText());
        assertFalse(changes.get(2).get("concludedAt").isNull());

        List<ConsumerRecord<String, String>> published = TopicReader.read("approval.events",
                r -> id.equals(r.key()) && CHANGED.equals(TopicReader.header(r, "ce_type")), 6, Duration.ofSeconds(10));
        assertEquals(5, published.size(), "two openings, one change of the post-check, two of the verification; "
                + "keyed by the application");
    }

    @Test
    void aParkAdminWaivesAnOpenFollowUpWithinItsDeadlineButNeverAFailedOrALateOne() {
        String id = approvedWithFollowUps();
        String postCheck = followUp(id, "POST_CHECK");
        String verification = followUp(id, "VERIFICATION");

        waive(manager(), postCheck, "{\"reason\":\"项目转让\"}").statusCode(403);
        waive(officer(dept), postCheck, "{\"reason\":\"项目转让\"}").statusCode(403);
        waive(as("park-admin"), postCheck, "{\"reason\":\" \"}").statusCode(422);
        waive(as("park-admin"), postCheck, "{\"reason\":\"项目已整体转让，由受让方重新申报\"}").statusCode(200)
                .body("status", equalTo("WAIVED")).body("reason", equalTo("项目已整体转让，由受让方重新申报"))
                .body("concludedAt", notNullValue());
        waive(as("park-admin"), postCheck, "{\"reason\":\"again\"}").statusCode(409).body("detail", containsString("WAIVED"));
        List<JsonNode> changes = changesOf(postCheck);
        assertEquals("WAIVED", changes.get(changes.size() - 1).get("status").asText());

        outcome(officer(dept), verification, """
                {"outcome":"RECTIFICATION_REQUIRED","reason":"消防验收不合格","rectificationWorkingDays":10}""").statusCode(200);
        waive(as("park-admin"), verification, "{\"reason\":\"免于验收\"}").statusCode(409)
                .body("detail", containsString("failed")).body("type", containsString("conflict"));
        outcome(officer(dept), verification, "{\"outcome\":\"PASSED\",\"reason\":\"整改后复验合格\"}").statusCode(200)
                .body("status", equalTo("PASSED")).body("failed", equalTo(true));
        waive(as("park-admin"), verification, "{\"reason\":\"免于验收\"}").statusCode(409)
                .body("detail", containsString("failed"));

        String late = approvedWithFollowUps();
        String latePostCheck = followUp(late, "POST_CHECK");
        LocalDate due = LocalDate.parse(manager().queryParam("applicationId", late).queryParam("kind", "POST_CHECK")
                .get("/api/v1/approval/follow-ups").then().extract().path("items[0].dueOn"));
        clock.moveTo(due.plusDays(1));
        waive(as("park-admin"), latePostCheck, "{\"reason\":\"免于核查\"}").statusCode(409)
                .body("detail", containsString("past its deadline"));
        clock.moveTo(due);
        waive(as("park-admin"), latePostCheck, "{\"reason\":\"免于核查\"}").statusCode(200).body("status", equalTo("WAIVED"));
    }

    @Test
    void aRectificationIsAssignedClosedAndReRatedBesideTheFirstRating() {
        String id = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        decideAll(id);
        step(enterprise(uscc), id, "rating", "{\"score\":1,\"comment\":\"来回跑了三次\"}").statusCode(200);
        String rectification = followUp(id, "RECTIFICATION");

        outcome(officer(dept), rectification, "{\"outcome\":\"PASSED\"}").statusCode(409);
        rerate(enterprise(uscc), rectification, "{\"score\":4}").statusCode(409).body("detail", containsString("OPEN"));
        assign(officer(unique("dept-other")), rectification, "{\"assignee\":\"li.na\"}").statusCode(403);
        assign(enterprise(uscc), rectification, "{\"assignee\":\"li.na\"}").statusCode(403);
        assign(officer(dept), rectification, "{\"assignee\":\"\"}").statusCode(422);
        assign(officer(dept), rectification, "{\"assignee\":\"li.na\"}").statusCode(200)
                .body("assignee", equalTo("li.na")).body("status", equalTo("OPEN"));
        close(officer(dept), rectification, "{}").statusCode(422);
        close(officer(dept), rectification, "{\"done\":\"增设综合窗口，材料一次告知\"}").statusCode(200)
                .body("status", equalTo("CLOSED")).body("reason", equalTo("增设综合窗口，材料一次告知"));
        close(officer(dept), rectification, "{\"done\":\"again\"}").statusCode(409);
        assign(officer(dept), rectification, "{\"assignee\":\"wang.fang\"}").statusCode(409);
        rerate(enterprise(TestUscc.random()), rectification, "{\"score\":4}").statusCode(404);
        rerate(officer(dept), rectification, "{\"score\":4}").statusCode(403);
        rerate(enterprise(uscc), rectification, "{\"score\":7}").statusCode(422);
        rerate(enterprise(uscc), rectification, "{\"score\":4,\"comment\":\"整改后办理顺畅\"}").statusCode(200)
                .body("reratingScore", equalTo(4)).body("reratingComment", equalTo("整改后办理顺畅"))
                .body("reratedAt", notNullValue()).body("status", equalTo("CLOSED"));
        rerate(enterprise(uscc), rectification, "{\"score\":5}").statusCode(409).body("detail", containsString("already"));
        waive(as("park-admin"), rectification, "{\"reason\":\"x\"}").statusCode(409);

        Object firstScore = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select score from rating where application_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(1, ((Number) firstScore).intValue(), "the first rating stays");
        List<JsonNode> changes = changesOf(rectification);
        assertEquals(List.of("OPEN", "OPEN", "CLOSED", "CLOSED"), changes.stream().map(c -> c.get("status").asText()).toList());
        assertEquals(List.of(1, 2, 3, 4), changes.stream().map(c -> c.get("version").asInt()).toList());
        assertEquals("RECTIFICATION", changes.get(0).get("kind").asText());
    }

    @Test
    void dueAndOverdueFollowUpsAreRemindedToTheDepartmentOnceAndBreachedOnce() throws Exception {
        String id = approvedWithFollowUps();
        String postCheck = followUp(id, "POST_CHECK");
        String verification = followUp(id, "VERIFICATION");
        outcome(officer(dept), verification, """
                {"outcome":"RECTIFICATION_REQUIRED","reason":"消防验收不合格","rectificationWorkingDays":5}""").statusCode(200);
        LocalDate rectifyBy = WorkingCalendar.chinaMainland().addWorkingDays(WorkingCalendar.today(clock), 5);
        LocalDate postCheckDue = LocalDate.parse(manager().queryParam("applicationId", id).queryParam("kind", "POST_CHECK")
                .get("/api/v1/approval/follow-ups").then().extract().path("items[0].dueOn"));

        clock.moveTo(rectifyBy.minusDays(1));
        twoScans();
        List<Reminder> reminders = remindersOf(id);
        assertEquals(1, reminders.size(), reminders.stream().map(r -> r.dedupeKey).toList().toString());
        Reminder rectificationDue = reminders.get(0);
        assertEquals("TASK_DUE", rectificationDue.kind);
        assertEquals(UUID.fromString(verification), rectificationDue.taskId);
        assertEquals(dept, rectificationDue.recipient);
        assertEquals("DEPARTMENT", rectificationDue.recipientType);
        assertEquals(rectifyBy, rectificationDue.dueOn);
        assertTrue(rectificationDue.message.contains("整改"), rectificationDue.message);

        clock.moveTo(postCheckDue.plusDays(1));
        twoScans();
        scan.scan();
        reminders = remindersOf(id);
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("OVERDUE")
                && r.taskId.equals(UUID.fromString(verification))).count());
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("OVERDUE")
                && r.taskId.equals(UUID.fromString(postCheck))).count());
        officer(dept).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.findAll { it.followUpId == '%s' }.kind".formatted(verification), contains("OVERDUE", "TASK_DUE"))
                .body("items.findAll { it.followUpId == '%s' }.taskId".formatted(postCheck), contains(nullValue()));
        List<Object[]> breaches = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select breached_at, rectification_breached_at from follow_up_task where application_id = ?1 "
                                + "order by kind").setParameter(1, UUID.fromString(id)).getResultList());
        assertNotNull(breaches.get(0)[0], "the post-check's own deadline passed");
        assertNotNull(breaches.get(1)[1], "the verification's rectification deadline passed");
        List<String> keys = reminders.stream().map(m -> "\"reminderId\":" + m.id + ",").toList();
        List<ConsumerRecord<String, String>> due = TopicReader.read("approval.events",
                r -> id.equals(r.key()) && "parksuite.approval.reminder-due.v1".equals(TopicReader.header(r, "ce_type"))
                        && keys.stream().anyMatch(k -> r.value().replace(" ", "").contains(k)),
                keys.size() + 1, Duration.ofSeconds(10));
        assertEquals(keys.size(), due.size(), "one reminder-due per reminder");
    }

    private void twoScans() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderScan.Result>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> scan.scan()));
            runs.add(pool.submit(() -> scan.scan()));
            for (Future<ReminderScan.Result> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** An application approved under 告知承诺 and 先建后验: a POST_CHECK and a VERIFICATION are open. */
    private String approvedWithFollowUps() {
        UUID project = knownProject(uscc);
        String id = enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantName":"承诺企业","projectId":"%s","notifyCommitment":true,"buildFirst":true,
                         "formData":{"enterpriseName":"承诺企业"}}""".formatted(item, project))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
        upload(enterprise(uscc), id, item + "-main").statusCode(201);
        step(enterprise(uscc), id, "submit", null).statusCode(200);
        step(manager(), id, "accept", null).statusCode(200);
        decideAll(id);
        return id;
    }

    private void decideAll(String id) {
        String task = manager().get("/api/v1/approval/applications/" + id).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200);
    }

    private static String followUp(String applicationId, String kind) {
        return manager().queryParam("applicationId", applicationId).queryParam("kind", kind)
                .get("/api/v1/approval/follow-ups").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("OPEN")).body("items[0].version", equalTo(1))
                .extract().path("items[0].id");
    }

    private static ValidatableResponse post(RequestSpecification who, String id, String what, String body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/v1/approval/follow-ups/" + id + "/" + what).then();
    }

    private static ValidatableResponse outcome(RequestSpecification who, String id, String body) {
        return post(who, id, "outcome", body);
    }

    private static ValidatableResponse waive(RequestSpecification who, String id, String body) {
        return post(who, id, "waiver", body);
    }

    private static ValidatableResponse assign(RequestSpecification who, String id, String body) {
        return post(who, id, "assignment", body);
    }

    private static ValidatableResponse close(RequestSpecification who, String id, String body) {
        return post(who, id, "closure", body);
    }

    private static ValidatableResponse rerate(RequestSpecification who, String id, String body) {
        return post(who, id, "rating", body);
    }

    /** The follow-up-changed payloads of one follow-up, from the outbox, in version order. */
    @SuppressWarnings("unchecked")
    private List<JsonNode> changesOf(String followUpId) {
        List<Object> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select cast(payload as text) from outbox_event
                        where type = ?1 and payload ->> 'followUpId' = ?2
                        order by (payload ->> 'version')::int""")
                .setParameter(1, CHANGED).setParameter(2, followUpId).getResultList());
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


    private static List<Reminder> remindersOf(String applicationId) {
        return QuarkusTransaction.requiringNew().call(() ->
                Reminder.<Reminder>list("applicationId = ?1 and dedupeKey like 'FOLLOW_UP%' order by id",
                        UUID.fromString(applicationId)));
    }
}
