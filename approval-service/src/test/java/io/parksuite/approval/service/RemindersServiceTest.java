package io.parksuite.approval.service;

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
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class RemindersServiceTest {

    @Inject
    ReminderScan scan;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoConcurrentScansCreateEachReminderOnceAndFillBothInboxes() throws Exception {
        String dept = unique("dept-r");
        String item = unique("R");
        createItem(item, dept, 20, 2);
        String uscc = TestUscc.random();
        List<UUID> ids = new ArrayList<>();
        LocalDate today = WorkingCalendar.today(clock);
        LocalDate due = WorkingCalendar.chinaMainland().addWorkingDays(today, 1);
        for (int i = 0; i < 3; i++) {
            String id = submitted(uscc, item, null, List.of(item + "-main"));
            step(manager(), id, "accept-with-deficiency", """
                    {"missingMaterials":["%s-extra"],"commitment":"承诺补齐","dueOn":"%s"}""".formatted(item, due))
                    .statusCode(200);
            ids.add(UUID.fromString(id));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ReminderScan.Result> run = () -> scan.scan();
            Future<ReminderScan.Result> first = pool.submit(run);
            Future<ReminderScan.Result> second = pool.submit(run);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(0, scan.scan().remindersCreated(), "a third scan finds nothing new");

        List<Reminder> reminders = remindersOf(ids);
        // per application: the applicant's 容缺 materials due, and the department task due within the window
        assertEquals(6, reminders.size(), reminders.stream().map(r -> r.dedupeKey).toList().toString());
        assertEquals(3, reminders.stream().filter(r -> r.kind.equals("MATERIAL_DUE") && r.recipient.equals(uscc)).count());
        assertEquals(3, reminders.stream().filter(r -> r.kind.equals("TASK_DUE") && r.recipient.equals(dept)).count());

        enterprise(uscc).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("total", equalTo(3)).body("items.kind", everyItem(equalTo("MATERIAL_DUE")))
                .body("items[0].message", containsString("容缺材料"));
        long reminderId = officer(dept).get("/api/v1/approval/inbox").then().statusCode(200)
                .body("total", equalTo(3)).body("items.kind", everyItem(equalTo("TASK_DUE")))
                .extract().jsonPath().getLong("items[0].id");
        officer(dept).contentType(ContentType.JSON).post("/api/v1/approval/inbox/" + reminderId + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
        officer(dept).queryParam("unread", true).get("/api/v1/approval/inbox").then().body("total", equalTo(2));
        enterprise(TestUscc.random()).contentType(ContentType.JSON).post("/api/v1/approval/inbox/" + reminderId + "/read")
                .then().statusCode(404);

        Set<String> ids6 = Set.copyOf(ids.stream().map(UUID::toString).toList());
        List<ConsumerRecord<String, String>> events = TopicReader.read("approval.events",
                r -> ids6.contains(r.key()) && "parksuite.approval.reminder-due.v1".equals(TopicReader.header(r, "ce_type")),
                7, Duration.ofSeconds(10));
        assertEquals(6, events.size(), "one reminder-due event per reminder created");
    }

    @Test
    void overdueTasksAreRemindedAndTheBreachIsPublishedOnce() {
        String dept = unique("dept-o");
        String item = unique("O");
        createItem(item, dept, 20, 1);
        String uscc = TestUscc.random();
        String id = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        LocalDate deadline = LocalDate.parse(manager().get("/api/v1/approval/applications/" + id).then()
                .extract().path("promisedDeadline"));
        LocalDate today = WorkingCalendar.today(clock);
        LocalDate late = WorkingCalendar.chinaMainland().addWorkingDays(deadline, 2);
        clock.shift(Duration.ofDays(late.toEpochDay() - today.toEpochDay()));

        ReminderScan.Result first = scan.scan();
        assertTrue(first.breached() >= 1 && first.overdue() >= 1, first.toString());
        scan.scan();
        List<Reminder> reminders = remindersOf(List.of(UUID.fromString(id)));
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("OVERDUE")).count());
        List<ConsumerRecord<String, String>> breaches = TopicReader.read("approval.events",
                r -> id.equals(r.key()) && "parksuite.approval.deadline-breached.v1".equals(TopicReader.header(r, "ce_type")),
                2, Duration.ofSeconds(8));
        assertEquals(1, breaches.size());
        assertTrue(breaches.get(0).value().replace(" ", "").contains("\"workingDaysOverdue\":2"), breaches.get(0).value());
        given().get("/q/metrics").then().statusCode(200).body(containsString("approval_applications_overdue"));
    }

    @Test
    void theStatutoryClockIsRemindedAndBreachedOnItsOwn() {
        String dept = unique("dept-s");
        String item = unique("S");
        createItem(item, dept, 4, 1);
        String id = submitted(TestUscc.random(), item, null, List.of(item + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        var read = manager().get("/api/v1/approval/applications/" + id).then().extract();
        LocalDate promised = LocalDate.parse(read.path("promisedDeadline"));
        LocalDate statutory = LocalDate.parse(read.path("statutoryDeadline"));
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        assertEquals(statutory, calendar.addWorkingDays(promised, 3));

        moveTo(calendar.addWorkingDays(promised, 2));
        scan.scan();
        List<Reminder> reminders = remindersOf(List.of(UUID.fromString(id)));
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("OVERDUE")).count());
        Reminder statutoryDue = reminders.stream().filter(r -> r.kind.equals("STATUTORY_DUE")).findFirst().orElseThrow();
        assertEquals(dept, statutoryDue.recipient);
        assertEquals(statutory, statutoryDue.dueOn);
        assertTrue(statutoryDue.message.contains("法定办结时限"), statutoryDue.message);
        manager().get("/api/v1/approval/applications/" + id).then().body("breachedClocks", equalTo(List.of("PROMISED")));

        moveTo(calendar.addWorkingDays(statutory, 1));
        scan.scan();
        scan.scan();
        reminders = remindersOf(List.of(UUID.fromString(id)));
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("STATUTORY_OVERDUE")).count());
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("STATUTORY_DUE")).count());
        manager().get("/api/v1/approval/applications/" + id).then()
                .body("breachedClocks", equalTo(List.of("PROMISED", "STATUTORY")));

        List<ConsumerRecord<String, String>> breaches = TopicReader.read("approval.events",
                r -> id.equals(r.key()) && "parksuite.approval.deadline-breached.v1".equals(TopicReader.header(r, "ce_type")),
                3, Duration.ofSeconds(8));
        assertEquals(2, breaches.size(), "one breach per clock");
        String statutoryBreach = breaches.stream().map(r -> r.value().replace(" ", ""))
                .filter(v -> v.contains("\"clock\":\"STATUTORY\"")).findFirst().orElseThrow();
        assertTrue(statutoryBreach.contains("\"deadline\":\"" + statutory + "\""), statutoryBreach);
        assertTrue(statutoryBreach.contains("\"workingDaysOverdue\":1"), statutoryBreach);
        assertTrue(breaches.stream().anyMatch(r -> r.value().replace(" ", "").contains("\"clock\":\"PROMISED\"")));
    }

    @Test
    void aLicenceDocumentIsDueWithinTenWorkingDaysOfTheApprovalAndItsDelayIsBreachedOnce() {
        String dept = unique("dept-d");
        String licence = unique("L");
        String filing = unique("F");
        createItem(licence, dept, 20, 2);
        createItem(filing, dept, null, 2);
        String late = approved(licence, dept);
        String delivered = approved(licence, dept);
        String notALicence = approved(filing, dept);
        LocalDate today = WorkingCalendar.today(clock);
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        LocalDate due = calendar.addWorkingDays(today, 10);
        manager().get("/api/v1/approval/applications/" + late).then().body("deliveryDeadline", equalTo(due.toString()));
        manager().get("/api/v1/approval/applications/" + notALicence).then().body("deliveryDeadline", nullValue());
        step(manager(), delivered, "deliver", "{\"method\":\"POST\"}").statusCode(200);

        moveTo(calendar.addWorkingDays(today, 9));
        scan.scan();
        List<UUID> ids = List.of(UUID.fromString(late), UUID.fromString(delivered), UUID.fromString(notALicence));
        List<Reminder> reminders = remindersOf(ids);
        Reminder deliveryDue = reminders.stream().filter(r -> r.kind.equals("DELIVERY_DUE")).findFirst().orElseThrow();
        assertEquals(1, reminders.stream().filter(r -> r.kind.startsWith("DELIVERY")).count(),
                "only the undelivered licence is reminded: " + reminders.stream().map(r -> r.dedupeKey).toList());
        assertEquals(UUID.fromString(late), deliveryDue.applicationId);
        assertEquals(dept, deliveryDue.recipient);
        assertEquals(due, deliveryDue.dueOn);
        assertTrue(deliveryDue.message.contains("许可证件"), deliveryDue.message);

        moveTo(calendar.addWorkingDays(today, 12));
        scan.scan();
        scan.scan();
        reminders = remindersOf(ids);
        assertEquals(1, reminders.stream().filter(r -> r.kind.equals("DELIVERY_OVERDUE")).count());
        manager().get("/api/v1/approval/applications/" + late).then().body("breachedClocks", equalTo(List.of("DELIVERY")));
        manager().get("/api/v1/approval/applications/" + delivered).then().body("breachedClocks", empty());
        List<ConsumerRecord<String, String>> breaches = TopicReader.read("approval.events",
                r -> ids.stream().map(UUID::toString).toList().contains(r.key())
                        && "parksuite.approval.deadline-breached.v1".equals(TopicReader.header(r, "ce_type")),
                2, Duration.ofSeconds(8));
        assertEquals(1, breaches.size(), "only the late delivery is breached, once");
        String breach = breaches.get(0).value().replace(" ", "");
        assertEquals(late, breaches.get(0).key());
        assertTrue(breach.contains("\"clock\":\"DELIVERY\""), breach);
        assertTrue(breach.contains("\"deadline\":\"" + due + "\""), breach);
        assertTrue(breach.contains("\"deliveryDeadline\":\"" + due + "\""), breach);
        assertTrue(breach.contains("\"workingDaysOverdue\":2"), breach);
    }

    private String approved(String item, String dept) {
        String id = submitted(TestUscc.random(), item, null, List.of(item + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        String task = manager().get("/api/v1/approval/applications/" + id).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        return id;
    }

    /** Sets the desk's clock to {@code day}, counted from the real today (the shift is absolute). */
    private void moveTo(LocalDate day) {
        clock.reset();
        LocalDate today = WorkingCalendar.today(clock);
        clock.shift(Duration.ofDays(day.toEpochDay() - today.toEpochDay()));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    private static List<Reminder> remindersOf(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>list("applicationId in ?1", ids));
    }
}
