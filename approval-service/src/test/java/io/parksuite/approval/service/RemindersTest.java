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
class RemindersTest {

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

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    private static List<Reminder> remindersOf(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>list("applicationId in ?1", ids));
    }
}
