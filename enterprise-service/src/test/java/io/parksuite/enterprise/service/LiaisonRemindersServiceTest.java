package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.LiaisonReminder;
import io.parksuite.enterprise.domain.ReminderKind;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.parksuite.enterprise.EnterpriseRequests.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The liaison reminders (诉求提醒) against the real database: scans as of fixed park days (Tuesday 2026-11-10,
 * and 2026-09-30 before the 国庆 holidays), each reminder once per request and kind, the inboxes of officers and
 * park-admin, and concurrent scans.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class LiaisonRemindersServiceTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 10);
    private static final LocalDate RAISED = LocalDate.of(2026, 9, 1);

    @Inject
    LiaisonReminderScan scan;

    @Inject
    EntityManager entityManager;

    @Test
    void aRequestDueWithinTwoWorkingDaysIsRemindedOnce() {
        Officer officer = officer("到期提醒干部");
        String uscc = enterpriseOf(officer, "到期提醒企业");
        long due = raise(uscc, "两个工作日内到期", LocalDate.of(2026, 11, 12));
        long later = raise(uscc, "三个工作日后到期", LocalDate.of(2026, 11, 13));

        LiaisonReminderScan.Result first = scan.scanOn(TUESDAY);
        assertEquals(LocalDate.of(2026, 11, 12), first.dueUntil());
        scan.scanOn(TUESDAY);
        assertEquals(1, reminders(due, ReminderKind.DUE));
        assertEquals(0, reminders(later, ReminderKind.DUE));

        scan.scanOn(TUESDAY.plusDays(1));
        assertEquals(1, reminders(due, ReminderKind.DUE));
        assertEquals(0, reminders(due, ReminderKind.OVERDUE));
        assertEquals(1, reminders(later, ReminderKind.DUE));

        as(officer).queryParam("kind", "DUE").when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.requestId", hasItem((int) due))
                .body("items.officerId", everyItem(equalTo((int) officer.id())))
                .body("items.recipientRole", everyItem(nullValue()))
                .body("items.message", hasItem(containsString("两个工作日内到期")));
    }

    @Test
    void anOverdueRequestIsRemindedToItsOfficerAndEscalatedToParkAdminOnce() {
        Officer officer = officer("逾期提醒干部");
        String uscc = enterpriseOf(officer, "逾期提醒企业");
        long late = raise(uscc, "逾期未办", LocalDate.of(2026, 11, 5));
        String unattended = register("无联点干部企业");
        long orphan = raise(unattended, "无人跟进", LocalDate.of(2026, 11, 6));

        scan.scanOn(TUESDAY);
        scan.scanOn(TUESDAY.plusDays(6));

        assertEquals(1, reminders(late, ReminderKind.OVERDUE));
        assertEquals(1, reminders(late, ReminderKind.ESCALATION));
        assertEquals(0, reminders(late, ReminderKind.DUE));
        assertEquals(0, reminders(orphan, ReminderKind.OVERDUE));
        assertEquals(1, reminders(orphan, ReminderKind.ESCALATION));

        as(officer).when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("OVERDUE"))
                .body("items[0].requestId", equalTo((int) late))
                .body("items[0].dueOn", equalTo("2026-11-05"));
        admin().queryParam("kind", "ESCALATION").queryParam("size", 200).when().get("/api/v1/registry/liaison/inbox")
                .then().statusCode(200)
                .body("items.requestId", hasItem((int) late))
                .body("items.requestId", hasItem((int) orphan))
                .body("items.recipientRole", everyItem(equalTo("park-admin")))
                .body("items.message", hasItem(containsString("尚无联点干部")));
        admin().queryParam("officerId", officer.id()).when().get("/api/v1/registry/liaison/inbox").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", hasItem("ESCALATION"))
                .body("items.kind", hasItem("OVERDUE"));
    }

    @Test
    void concurrentScansCreateEachReminderOnce() throws Exception {
        Officer officer = officer("并发扫描干部");
        String uscc = enterpriseOf(officer, "并发扫描企业");
        List<Long> late = new ArrayList<>();
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            late.add(raise(uscc, "并发逾期" + i, LocalDate.of(2026, 11, 2 + i % 7)));
            due.add(raise(uscc, "并发到期" + i, LocalDate.of(2026, 11, 10 + i % 3)));
        }

        int instances = 4;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<LiaisonReminderScan.Result>> scans = new ArrayList<>();
            Callable<LiaisonReminderScan.Result> run = () -> {
                start.await();
                return scan.scanOn(TUESDAY);
            };
            for (int i = 0; i < instances; i++) {
                scans.add(pool.submit(run));
            }
            start.countDown();
            for (Future<LiaisonReminderScan.Result> f : scans) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        for (long id : late) {
            assertEquals(1, reminders(id, ReminderKind.OVERDUE), "OVERDUE of " + id);
            assertEquals(1, reminders(id, ReminderKind.ESCALATION), "ESCALATION of " + id);
            assertEquals(0, reminders(id, ReminderKind.DUE), "DUE of " + id);
        }
        for (long id : due) {
            assertEquals(1, reminders(id, ReminderKind.DUE), "DUE of " + id);
            assertEquals(0, reminders(id, ReminderKind.OVERDUE), "OVERDUE of " + id);
        }
        as(officer).queryParam("size", 200).when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("total", equalTo(50));
        long first = late.get(0);
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into liaison_reminder (request_id, kind, officer_id, uscc, due_on, message, created_at)
                        select id, 'OVERDUE', officer_id, uscc, deadline, '重复', now() from liaison_request where id = ?1""")
                .setParameter(1, first).executeUpdate()), "the database itself refuses a second reminder of a kind");
        Throwable cause = refused;
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("liaison_reminder_once")) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains("liaison_reminder_once"), String.valueOf(refused));
    }

    @Test
    void anOfficerSeesAndMarksOnlyItsOwnReminders() {
        Officer mine = officer("本人干部");
        Officer theirs = officer("他人干部");
        long own = raise(enterpriseOf(mine, "本人联点企业"), "本人诉求", LocalDate.of(2026, 11, 4));
        long other = raise(enterpriseOf(theirs, "他人联点企业"), "他人诉求", LocalDate.of(2026, 11, 4));
        scan.scanOn(TUESDAY);
        long ownReminder = reminderId(own, ReminderKind.OVERDUE);
        long otherReminder = reminderId(other, ReminderKind.OVERDUE);
        long escalation = reminderId(own, ReminderKind.ESCALATION);

        as(mine).queryParam("size", 200).when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("items.requestId", hasItem((int) own))
                .body("items.requestId", not(hasItem((int) other)))
                .body("items.kind", not(hasItem("ESCALATION")));
        as(mine).queryParam("officerId", theirs.id()).when().get("/api/v1/registry/liaison/inbox").then()
                .statusCode(200).body("total", equalTo(0));
        as(mine).when().post("/api/v1/registry/liaison/inbox/" + otherReminder + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        as(mine).when().post("/api/v1/registry/liaison/inbox/" + escalation + "/read").then().statusCode(404);

        String readAt = as(mine).when().post("/api/v1/registry/liaison/inbox/" + ownReminder + "/read").then()
                .statusCode(200)
                .body("readAt", notNullValue())
                .body("readBy", equalTo(mine.subject()))
                .extract().path("readAt");
        as(mine).when().post("/api/v1/registry/liaison/inbox/" + ownReminder + "/read").then().statusCode(200)
                .body("readAt", equalTo(readAt));
        as(mine).queryParam("unread", true).when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("items.id", not(hasItem((int) ownReminder)));

        String noOfficer = TestTokens.mint("investment-officer", "no-officer-" + UUID.randomUUID(), "test-client",
                null, null, Duration.ofHours(1));
        given().auth().oauth2(noOfficer).when().get("/api/v1/registry/liaison/inbox").then().statusCode(200)
                .body("total", equalTo(0));
        admin().when().post("/api/v1/registry/liaison/inbox/" + otherReminder + "/read").then().statusCode(200)
                .body("readBy", equalTo("test-park-admin"));
    }

    @Test
    void theInboxAndTheScanRefuseEnterprisesAndOtherRolesAndBadInput() {
        String uscc = register("提醒越权企业");
        for (String token : List.of(TestTokens.forEnterprise(uscc), TestTokens.forRole("park-leader"),
                TestTokens.forRole("statistician"))) {
            given().auth().oauth2(token).when().get("/api/v1/registry/liaison/inbox").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/registry/liaison/inbox/1/read").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/registry/liaison/reminders/scan").then().statusCode(403);
        }
        given().when().get("/api/v1/registry/liaison/inbox").then().statusCode(401);
        admin().queryParam("kind", "LATE").when().get("/api/v1/registry/liaison/inbox").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        admin().queryParam("officerId", "abc").when().get("/api/v1/registry/liaison/inbox").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("officerId"));
        admin().queryParam("unread", "maybe").when().get("/api/v1/registry/liaison/inbox").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("unread"));
        admin().when().post("/api/v1/registry/liaison/inbox/abc/read").then().statusCode(404);
        admin().when().post("/api/v1/registry/liaison/reminders/scan").then().statusCode(200)
                .body("scannedOn", notNullValue())
                .body("dueUntil", notNullValue());
    }

    @Test
    void resolvedAndClosedRequestsGetNoFurtherReminders() {
        Officer officer = officer("已办结干部");
        String uscc = enterpriseOf(officer, "已办结企业");
        long resolved = raise(uscc, "逾期前已解决", LocalDate.of(2026, 11, 5));
        step(resolved, "resolution", "{\"resolution\": \"已协调解决\", \"resolvedOn\": \"2026-11-04\"}");
        long closed = raise(uscc, "已评价关闭", LocalDate.of(2026, 11, 5));
        step(closed, "resolution", "{\"resolution\": \"已解决\", \"resolvedOn\": \"2026-11-04\"}");
        given().auth().oauth2(TestTokens.forEnterprise(uscc)).contentType(ContentType.JSON).body("{\"rating\": 4}")
                .when().post("/api/v1/registry/liaison/requests/" + closed + "/rating").then().statusCode(200);
        long dueThenResolved = raise(uscc, "提醒后解决", LocalDate.of(2026, 11, 11));

        scan.scanOn(TUESDAY);
        assertEquals(1, reminders(dueThenResolved, ReminderKind.DUE));
        step(dueThenResolved, "resolution", "{\"resolution\": \"已解决\"}");
        scan.scanOn(TUESDAY.plusDays(7));

        for (long id : List.of(resolved, closed)) {
            for (ReminderKind kind : ReminderKind.values()) {
                assertEquals(0, reminders(id, kind), kind + " of " + id);
            }
        }
        assertEquals(0, reminders(dueThenResolved, ReminderKind.OVERDUE));
        assertEquals(0, reminders(dueThenResolved, ReminderKind.ESCALATION));
    }

    @Test
    void theNationalDayHolidaysStretchTheDueWindow() {
        Officer officer = officer("节假日干部");
        String uscc = enterpriseOf(officer, "节假日企业");
        long afterHolidays = raise(uscc, "节后第二个工作日到期", LocalDate.of(2026, 10, 9));
        long weekAfter = raise(uscc, "节后一周到期", LocalDate.of(2026, 10, 12));

        // Wednesday 30 September: 1-7 October are 国庆 holidays, so two working days ahead is Friday 9 October
        LiaisonReminderScan.Result result = scan.scanOn(LocalDate.of(2026, 9, 30));

        assertEquals(LocalDate.of(2026, 10, 9), result.dueUntil());
        assertEquals(1, reminders(afterHolidays, ReminderKind.DUE));
        assertEquals(0, reminders(weekAfter, ReminderKind.DUE));
    }

    private record Officer(long id, String subject, String token) {
    }

    private static Officer officer(String name) {
        String subject = "liaison-" + UUID.randomUUID();
        int id = admin().contentType(ContentType.JSON).body("""
                        {"name": "%s", "department": "经济发展局", "subject": "%s"}""".formatted(name, subject))
                .when().post("/api/v1/registry/liaison/officers").then().statusCode(201).extract().path("id");
        return new Officer(id, subject, TestTokens.mint("investment-officer", subject, "test-client", null, null,
                Duration.ofHours(1)));
    }

    private static String enterpriseOf(Officer officer, String name) {
        String uscc = register(name);
        admin().contentType(ContentType.JSON).body("""
                        {"officerId": %d, "assignedOn": "2026-01-05"}""".formatted(officer.id()))
                .when().put("/api/v1/registry/liaison/assignments/" + uscc).then().statusCode(200);
        return uscc;
    }

    private static long raise(String uscc, String title, LocalDate deadline) {
        int id = admin().contentType(ContentType.JSON).body("""
                        {"uscc": "%s", "category": "LAND", "title": "%s", "raisedOn": "%s", "deadline": "%s"}"""
                        .formatted(uscc, title, RAISED, deadline))
                .when().post("/api/v1/registry/liaison/requests").then().statusCode(201).extract().path("id");
        return id;
    }

    private static void step(long id, String step, String body) {
        admin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/liaison/requests/" + id + "/" + step).then().statusCode(200);
    }

    private static long reminders(long requestId, ReminderKind kind) {
        return QuarkusTransaction.requiringNew().call(() ->
                LiaisonReminder.count("requestId = ?1 and kind = ?2", requestId, kind));
    }

    private static long reminderId(long requestId, ReminderKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> LiaisonReminder.<LiaisonReminder>find(
                "requestId = ?1 and kind = ?2", requestId, kind).singleResult().id);
    }

    private static RequestSpecification as(Officer officer) {
        return given().auth().oauth2(officer.token());
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
