package io.parksuite.approval.service;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 开餐饮店: one department decides a 15-day and a 20-day licence together; the 15-day clock is reminded, breached
 * and extended on its own, and the bundle's application clock is the joint-handling ceiling.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ItemClocksServiceTest {

    @Inject
    MovableClock clock;

    @Inject
    ReminderScan scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theShorterItemKeepsItsOwnClockInsideTheSharedTaskAndIsBreachedOnce() {
        Restaurant r = restaurant();
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        LocalDate accepted = LocalDate.parse(r.view().getString("acceptedOn"));
        assertEquals(45, r.view().getInt("statutoryLimitDays"), "a bundle's own clock is the joint-handling ceiling");
        assertEquals(calendar.addWorkingDays(accepted, 15).toString(),
                r.view().getString("tasks[0].itemClocks.find { it.itemCode == '%s' }.statutoryDeadline".formatted(r.short15())));
        assertEquals(calendar.addWorkingDays(accepted, 20).toString(), r.view().getString("tasks[0].statutoryDeadline"));

        LocalDate late = calendar.addWorkingDays(accepted, 16);
        clock.moveTo(late);
        scan.scan();
        scan.scan();
        JsonPath inbox = officer(r.dept()).get("/api/v1/approval/inbox").then().statusCode(200).extract().jsonPath();
        List<String> overdue = inbox.getList("items.findAll { it.kind == 'STATUTORY_OVERDUE' }.message");
        assertEquals(1, overdue.size(), overdue.toString());
        assertTrue(overdue.get(0).contains(r.short15()), overdue.get(0));
        List<ConsumerRecord<String, String>> breaches = TopicReader.read("approval.events",
                rec -> r.id().equals(rec.key()) && "parksuite.approval.deadline-breached.v1".equals(TopicReader.header(rec, "ce_type"))
                        && rec.value().replace(" ", "").contains("clockItemCode\":\"" + r.short15()), 2, Duration.ofSeconds(8));
        assertEquals(1, breaches.size(), "the item clock's breach is published once");
        assertTrue(breaches.get(0).value().replace(" ", "").contains("\"clock\":\"STATUTORY\""));
    }

    @Test
    void anExtensionMovesOnlyItsItemsClockOnceBeforeTheDeadlineAndNeverWhereTheItemsOwnLawSetsTheLimit() {
        Restaurant r = restaurant();
        String task = r.view().getString("tasks[0].id");
        String path = "/api/v1/approval/applications/" + r.id() + "/tasks/" + task + "/extension";
        officer(r.dept()).contentType(ContentType.JSON).body(extension(r.long20())).post(path).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("own law"));
        officer(unique("dept-x")).contentType(ContentType.JSON).body(extension(r.short15())).post(path).then().statusCode(404);
        officer(r.dept()).contentType(ContentType.JSON).body("{\"itemCode\":\"" + r.short15() + "\",\"approvedBy\":\"王局长\"}")
                .post(path).then().statusCode(422);

        LocalDate before = LocalDate.parse(r.view().getString(
                "tasks[0].itemClocks.find { it.itemCode == '%s' }.statutoryDeadline".formatted(r.short15())));
        officer(r.dept()).contentType(ContentType.JSON).body(extension(r.short15())).post(path).then().statusCode(200)
                .body("tasks[0].itemClocks.find { it.itemCode == '%s' }.statutoryDeadline".formatted(r.short15()),
                        equalTo(WorkingCalendar.chinaMainland().addWorkingDays(before, 10).toString()))
                .body("tasks[0].itemClocks.find { it.itemCode == '%s' }.extension.reason".formatted(r.short15()),
                        equalTo("需现场核查经营场所"))
                .body("tasks[0].itemClocks.find { it.itemCode == '%s' }.extension".formatted(r.long20()), equalTo(null))
                .body("tasks[0].promisedDeadline", equalTo(r.view().getString("tasks[0].promisedDeadline")));
        enterprise(r.uscc()).get("/api/v1/approval/applications/" + r.id()).then().statusCode(200)
                .body("tasks[0].itemClocks.find { it.itemCode == '%s' }.extension.reason".formatted(r.short15()),
                        equalTo("需现场核查经营场所"));
        officer(r.dept()).contentType(ContentType.JSON).body(extension(r.short15())).post(path).then().statusCode(409)
                .body("detail", containsString("already extended"));

        Restaurant late = restaurant();
        LocalDate accepted = LocalDate.parse(late.view().getString("acceptedOn"));
        LocalDate after = WorkingCalendar.chinaMainland().addWorkingDays(accepted, 16);
        clock.moveTo(after);
        officer(late.dept()).contentType(ContentType.JSON).body(extension(late.short15()))
                .post("/api/v1/approval/applications/" + late.id() + "/tasks/" + late.view().getString("tasks[0].id")
                        + "/extension").then().statusCode(409).body("detail", containsString("has passed"));
    }

    @Test
    void aBundlesJointHandlingClockIsExtendedOnceByFifteenDaysAndASingleItemsNever() {
        Restaurant r = restaurant();
        String path = "/api/v1/approval/applications/" + r.id() + "/joint-extension";
        String body = """
                {"approvedBy":"李副区长","reason":"需组织联合踏勘"}""";
        LocalDate before = LocalDate.parse(r.view().getString("statutoryDeadline"));
        manager().contentType(ContentType.JSON).body(body).post(path).then().statusCode(200)
                .body("statutoryDeadline", equalTo(WorkingCalendar.chinaMainland().addWorkingDays(before, 15).toString()))
                .body("statutoryExtension.days", equalTo(15))
                .body("statutoryExtension.approvedBy", equalTo("李副区长"));
        manager().contentType(ContentType.JSON).body(body).post(path).then().statusCode(409)
                .body("detail", containsString("already extended"));
        enterprise(r.uscc()).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);

        String item = unique("S20");
        createItem(item, unique("dept-s"), 20, 10);
        String single = submitted(TestUscc.random(), item, null, List.of(item + "-main"));
        step(manager(), single, "accept", null).statusCode(200);
        manager().contentType(ContentType.JSON).body(body).post("/api/v1/approval/applications/" + single + "/joint-extension")
                .then().statusCode(409).body("detail", containsString("bundle"));
    }

    private record Restaurant(String id, String uscc, String dept, String short15, String long20, JsonPath view) {
    }

    /** A bundle of a 15-day licence whose law allows 10 more days and a 20-day one whose own law allows none. */
    private static Restaurant restaurant() {
        String dept = unique("dept-c");
        String short15 = unique("C15");
        String long20 = unique("C20");
        manager().contentType(ContentType.JSON).body(itemJson(short15, dept, 15, 10, false, false)
                .replace("\"statutoryLimitDays\":15", "\"statutoryLimitDays\":15,\"statutoryExtensionDays\":10"))
                .post("/api/v1/approval/service-items").then().statusCode(201);
        createItem(long20, dept, 20, 10);
        String bundle = unique("B-C");
        createBundle(bundle, List.of(short15, long20));
        String uscc = TestUscc.random();
        String id = submitted(uscc, null, bundle, List.of(short15 + "-main", long20 + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        JsonPath view = manager().get("/api/v1/approval/applications/" + id).then().statusCode(200).extract().jsonPath();
        return new Restaurant(id, uscc, dept, short15, long20, view);
    }

    private static String extension(String item) {
        return """
                {"itemCode":"%s","approvedBy":"王局长","reason":"需现场核查经营场所"}""".formatted(item);
    }
}
