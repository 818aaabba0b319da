package io.parksuite.approval.service;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class OverdueForecastServiceTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anItemWhoseRecentCasesRanLateWarnsItsDepartmentEarlyOnceAndShowsThePrediction() {
        String dept = unique("dept-f");
        String item = unique("F");
        createItem(item, dept, 20, 10);
        String uscc = TestUscc.random();

        clock.shift(Duration.ofDays(-42));
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = submitted(uscc, item, null, List.of(item + "-main"));
            step(manager(), id, "accept", null).statusCode(200);
            late.add(id);
        }
        clock.reset();
        for (String id : late) {
            decide(dept, id);
        }
        String open = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), open, "accept", null).statusCode(200);
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        LocalDate today = WorkingCalendar.today(clock);
        int tookDays = calendar.workingDaysBetween(today.minusDays(42), today);
        assertTrue(tookDays > 10, "the history's cases took " + tookDays + " working days, over the 10 promised");

        officer(dept).get("/api/v1/approval/task-forecasts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].referenceNumber", equalTo(referenceOf(open)))
                .body("items[0].elapsedDays", equalTo(0))
                .body("items[0].predictedDays", equalTo(tookDays))
                .body("items[0].predictedCompletionOn", equalTo(calendar.addWorkingDays(today, tookDays).toString()))
                .body("items[0].historyCases", equalTo(6))
                .body("items[0].predictedBreach", equalTo(true));
        officer(unique("dept-other")).get("/api/v1/approval/task-forecasts").then().statusCode(200).body("total", equalTo(0));
        as("enterprise").get("/api/v1/approval/task-forecasts").then().statusCode(403);

        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200);
        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200);
        var inbox = officer(dept).get("/api/v1/approval/inbox").then().statusCode(200).extract().jsonPath();
        List<String> warnings = inbox.getList("items.findAll { it.predictedCompletionOn != null }.message");
        assertEquals(1, warnings.size(), "one early warning however many scans: " + warnings);
        assertTrue(warnings.get(0).contains(referenceOf(open)) && warnings.get(0).startsWith("超期预警"), warnings.get(0));
        assertEquals("TASK_DUE", inbox.getString("items.find { it.predictedCompletionOn != null }.kind"));
    }

    @Test
    void withoutEnoughHistoryThePromisedDeadlineStandsAndNothingIsWarned() {
        String dept = unique("dept-g");
        String item = unique("G");
        createItem(item, dept, 20, 10);
        String open = submitted(TestUscc.random(), item, null, List.of(item + "-main"));
        step(manager(), open, "accept", null).statusCode(200);
        String deadline = manager().get("/api/v1/approval/applications/" + open).then().extract().path("tasks[0].promisedDeadline");
        manager().queryParam("department", dept).get("/api/v1/approval/task-forecasts").then().statusCode(200)
                .body("items[0].predictedDays", nullValue())
                .body("items[0].predictedCompletionOn", equalTo(deadline))
                .body("items[0].predictedBreach", equalTo(false));
        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200);
        officer(dept).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("items.findAll { it.predictedCompletionOn != null }", hasSize(0));
    }

    @Test
    void aPostCheckWhoseRecentPredecessorsRanLateIsPredictedLateAndWarnedOnce() {
        String dept = unique("dept-p");
        String item = unique("P");
        createItem(item, dept, 20, 5, true, false);
        String uscc = TestUscc.random();

        clock.shift(Duration.ofDays(-60));
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            late.add(committed(uscc, item, dept));
        }
        clock.reset();
        for (String id : late) {
            officer(dept).contentType(ContentType.JSON).body("{\"outcome\":\"PASSED\"}")
                    .post("/api/v1/approval/follow-ups/" + postCheckOf(id) + "/outcome").then().statusCode(200);
        }
        String open = postCheckOf(committed(uscc, item, dept));

        officer(dept).get("/api/v1/approval/follow-up-forecasts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].followUpId", equalTo(open))
                .body("items[0].kind", equalTo("POST_CHECK"))
                .body("items[0].historyCases", equalTo(5))
                .body("items[0].predictedBreach", equalTo(true));
        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200);
        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200);
        List<String> warned = officer(dept).get("/api/v1/approval/inbox").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.predictedCompletionOn != null }.followUpId");
        assertEquals(List.of(open), warned, "one early warning for the open post-check");
    }

    /** An application approved under 告知承诺 today (as the clock says): its post-check is open. */
    private static String committed(String uscc, String item, String dept) {
        String id = enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantName":"承诺企业","notifyCommitment":true,"formData":{"enterpriseName":"承诺企业"}}"""
                        .formatted(item))
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
        upload(enterprise(uscc), id, item + "-main").statusCode(201);
        step(enterprise(uscc), id, "submit", null).statusCode(200);
        step(manager(), id, "accept", null).statusCode(200);
        decide(dept, id);
        return id;
    }

    private static String postCheckOf(String applicationId) {
        return manager().queryParam("applicationId", applicationId).queryParam("kind", "POST_CHECK")
                .get("/api/v1/approval/follow-ups").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private static void decide(String dept, String id) {
        String task = manager().get("/api/v1/approval/applications/" + id).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200);
    }

    private static String referenceOf(String id) {
        return manager().get("/api/v1/approval/applications/" + id).then().extract().path("referenceNumber");
    }
}
