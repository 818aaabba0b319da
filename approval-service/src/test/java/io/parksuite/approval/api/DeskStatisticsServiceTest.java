package io.parksuite.approval.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.domain.KnownProject;
import io.parksuite.approval.domain.Reminder;
import io.parksuite.approval.service.ReminderScan;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applications per week (每周受理量) and the cross-department reminder board (跨部门催办). */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class DeskStatisticsServiceTest {

    private static final String WEEKLY = "/api/v1/approval/statistics/weekly";
    private static final String BOARD = "/api/v1/approval/statistics/reminders";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> COUNTS = List.of("submitted", "accepted", "acceptedWithDeficiency",
            "notAccepted", "concluded", "approved", "denied", "withdrawn");

    @Inject
    MovableClock clock;

    @Inject
    ReminderScan scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void weeklyCountsOfGeneratedHistoricalCasesMatchCountsComputedHere() {
        String dept = unique("dept-w");
        String item = unique("W");
        createItem(item, dept, 20, 3);
        LocalDate from = LocalDate.of(2013, 3, 6);
        LocalDate to = LocalDate.of(2013, 5, 22);
        Map<LocalDate, Map<String, Long>> before = weeks(manager(), from, to);

        Random random = new Random(42);
        List<String> cases = new ArrayList<>();
        Map<LocalDate, Map<String, Long>> expected = new HashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 40; i++) {
            // some submitted in the week before from and some concluded after to: they count only in their weeks
            OffsetDateTime submitted = LocalDate.of(2013, 2, 28).plusDays(random.nextInt(80))
                    .atTime(8 + random.nextInt(14), random.nextInt(60)).atZone(SHANGHAI).toOffsetDateTime();
            OffsetDateTime accepted = submitted.plusHours(random.nextInt(40));
            OffsetDateTime concluded = accepted.plusHours(1 + random.nextInt(24 * 12));
            boolean approved = random.nextInt(5) > 0;
            cases.add("""
                    {"referenceNumber":"WK-%s-%02d","itemCode":"%s","applicantUscc":"%s","createdAt":"%s",
                     "submittedAt":"%s","acceptedAt":"%s","concludedAt":"%s","result":"%s",
                     "decisions":[{"department":"%s","decision":"%s","decidedAt":"%s"}]}"""
                    .formatted(run, i, item, TestUscc.random(), submitted.minusDays(1), utcText(submitted), accepted,
                            concluded, approved ? "approved" : "denied", dept, approved ? "APPROVED" : "DENIED",
                            concluded));
            count(expected, submitted, "submitted");
            count(expected, accepted, "accepted");
            count(expected, concluded, "concluded");
            count(expected, concluded, approved ? "approved" : "denied");
        }
        manager().contentType(ContentType.JSON).body("[" + String.join(",", cases) + "]")
                .post("/api/v1/approval/applications/history").then().statusCode(200).body("created", everyItem(is(true)));

        JsonPath body = manager().queryParam("from", from.toString()).queryParam("to", to.toString()).get(WEEKLY)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("from", equalTo("2013-03-06")).body("to", equalTo("2013-05-22"))
                .body("weeks", hasSize(12))
                .body("weeks[0].weekStart", equalTo("2013-03-04")).body("weeks[0].weekEnd", equalTo("2013-03-10"))
                .body("weeks[0].isoWeek", equalTo("2013-W10"))
                .body("weeks[11].weekStart", equalTo("2013-05-20")).body("weeks[11].isoWeek", equalTo("2013-W21"))
                .extract().jsonPath();
        Map<LocalDate, Map<String, Long>> after = weeks(body);
        for (LocalDate week = LocalDate.of(2013, 3, 4); !week.isAfter(LocalDate.of(2013, 5, 20)); week = week.plusWeeks(1)) {
            for (String kind : COUNTS) {
                long added = after.get(week).get(kind) - before.get(week).get(kind);
                assertEquals(expected.getOrDefault(week, Map.of()).getOrDefault(kind, 0L), added, week + " " + kind);
            }
        }
        for (String kind : COUNTS) {
            long sum = after.values().stream().mapToLong(w -> w.get(kind)).sum();
            assertEquals(sum, body.getLong("totals." + kind), "totals." + kind);
        }
    }

    @Test
    void weeksWithoutApplicationsArePresentWithZeros() {
        as("park-leader").queryParam("from", "2011-01-02").queryParam("to", "2011-01-31").get(WEEKLY).then()
                .statusCode(200)
                .body("weeks.weekStart", contains("2010-12-27", "2011-01-03", "2011-01-10", "2011-01-17", "2011-01-24",
                        "2011-01-31"))
                .body("weeks.isoWeek", contains("2010-W52", "2011-W01", "2011-W02", "2011-W03", "2011-W04", "2011-W05"))
                .body("weeks.counts.submitted", everyItem(equalTo(0)))
                .body("weeks.counts.accepted", everyItem(equalTo(0)))
                .body("weeks.counts.concluded", everyItem(equalTo(0)))
                .body("weeks.counts.withdrawn", everyItem(equalTo(0)))
                .body("totals.submitted", equalTo(0)).body("totals.approved", equalTo(0));
    }

    @Test
    void liveStepsCountOnTheirDaysWithdrawalsRefusalsAndDeficienciesIncluded() {
        String dept = unique("dept-l");
        String item = unique("L");
        createItem(item, dept, 20, 3);
        LocalDate day = LocalDate.of(2015, 3, 11);
        LocalDate monday = LocalDate.of(2015, 3, 9);
        Map<String, Long> before = weeks(manager(), day, day).get(monday);
        clock.moveTo(day);
        String uscc = TestUscc.random();
        String withdrawn = submitted(uscc, item, null, List.of(item + "-main"));
        step(enterprise(uscc), withdrawn, "withdraw", null).statusCode(200);
        String refused = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), refused, "refuse", "{\"reason\":\"不属于本机关职权范围\"}").statusCode(200);
        String deficient = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), deficient, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"commitment":"承诺补齐","dueOn":"%s"}"""
                .formatted(item, WorkingCalendar.chinaMainland().addWorkingDays(day, 2))).statusCode(200);
        upload(enterprise(uscc), deficient, item + "-extra").statusCode(201);
        step(enterprise(uscc), deficient, "supply-deficiency", null).statusCode(200);
        String task = manager().get("/api/v1/approval/applications/" + deficient).then().extract().path("tasks[0].id");
        officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"DENIED\",\"opinion\":\"不符合条件\"}")
                .post("/api/v1/approval/applications/" + deficient + "/tasks/" + task + "/decision").then().statusCode(200);
        clock.reset();

        Map<String, Long> after = weeks(manager(), day, day).get(monday);
        Map<String, Long> expected = Map.of("submitted", 3L, "accepted", 1L, "acceptedWithDeficiency", 1L,
                "notAccepted", 1L, "concluded", 1L, "approved", 0L, "denied", 1L, "withdrawn", 1L);
        for (String kind : COUNTS) {
            assertEquals(expected.get(kind), after.get(kind) - before.get(kind), kind);
        }
    }

    @Test
    void theWeeklyRangeIsRequiredOrderedAndBounded() {
        invalid(Map.of("to", "2019-08-31"), "from", "required");
        invalid(Map.of("from", "2019-07-01"), "to", "required");
        invalid(Map.of("from", "2019-07-01", "to", "31.08.2019"), "to", "YYYY-MM-DD");
        invalid(Map.of("from", "2019-08-31", "to", "2019-07-01"), "to", "before from");
        invalid(Map.of("from", "2019-01-01", "to", "2020-01-06"), "to", "at most 53 weeks");
        invalid(Map.of("from", "1999-01-01", "to", "1999-02-01"), "from", "2010");
        manager().queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").get(WEEKLY).then()
                .statusCode(200).body("weeks", hasSize(53));
    }

    @Test
    void onlyDeskFigureReadersSeeTheWeeksAndOnlyTheServiceCentreTheBoard() {
        for (String role : List.of("park-admin", "park-leader", "service-manager", "gov-system")) {
            as(role).queryParam("from", "2011-02-07").queryParam("to", "2011-02-13").get(WEEKLY).then()
                    .statusCode(200).body("weeks", hasSize(1));
        }
        for (String role : List.of("statistician", "investment-officer")) {
            forbidden(as(role).queryParam("from", "2011-02-07").queryParam("to", "2011-02-13").get(WEEKLY).then());
        }
        forbidden(officer("market-regulation").queryParam("from", "2011-02-07").queryParam("to", "2011-02-13")
                .get(WEEKLY).then());
        forbidden(enterprise(TestUscc.random()).queryParam("from", "2011-02-07").queryParam("to", "2011-02-13")
                .get(WEEKLY).then());
        io.restassured.RestAssured.given().queryParam("from", "2011-02-07").queryParam("to", "2011-02-13").get(WEEKLY)
                .then().statusCode(401);

        as("park-admin").get(BOARD).then().statusCode(200);
        for (String role : List.of("park-leader", "gov-system", "statistician")) {
            forbidden(as(role).get(BOARD).then());
        }
        forbidden(officer("market-regulation").get(BOARD).then());
        forbidden(enterprise(TestUscc.random()).get(BOARD).then());
    }

    @Test
    void theBoardCountsEachDepartmentsDueAndOverdueTasksAndTheRemindersOfTheDay() {
        String slow = unique("dept-b");
        String fast = unique("dept-a");
        String fastItem = unique("A");
        String slowItem = unique("B");
        createItem(fastItem, fast, null, 1);
        createItem(slowItem, slow, null, 3);
        String uscc = TestUscc.random();
        List<String> fastIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fastIds.add(accepted(uscc, fastItem));
        }
        List<String> slowIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slowIds.add(accepted(uscc, slowItem));
        }
        String decided = accepted(uscc, slowItem);
        String decidedTask = manager().get("/api/v1/approval/applications/" + decided).then().extract().path("tasks[0].id");
        officer(slow).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + decided + "/tasks/" + decidedTask + "/decision").then()
                .statusCode(200);
        LocalDate fastDeadline = deadline(fastIds.get(0));
        LocalDate on = deadline(slowIds.get(0));
        assertTrue(fastDeadline.isBefore(on));

        clock.moveTo(on);
        scan.scan();
        clock.reset();
        long fastReminders = remindersCreatedOn(fast, on);
        long slowReminders = remindersCreatedOn(slow, on);
        assertEquals(2, fastReminders, "an OVERDUE reminder per task of the fast department");
        assertEquals(3, slowReminders, "a TASK_DUE reminder per open task of the slow department");

        manager().queryParam("on", on.toString()).queryParam("department", slow).get(BOARD).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("on", equalTo(on.toString()))
                .body("departments", hasSize(1))
                .body("departments[0].department", equalTo(slow))
                .body("departments[0].departmentName", equalTo("测试部门 " + slow))
                .body("departments[0].dueOn", equalTo(3)).body("departments[0].overdue", equalTo(0))
                .body("departments[0].remindersSent", equalTo(3))
                .body("dueOn", equalTo(3)).body("overdue", equalTo(0)).body("remindersSent", equalTo(3))
                .body("tasks", hasSize(3))
                .body("tasks.applicationId", containsInAnyOrder(slowIds.toArray()))
                .body("tasks.department", everyItem(equalTo(slow)))
                .body("tasks.itemCodes", everyItem(contains(slowItem)))
                .body("tasks.itemNames", everyItem(contains("测试事项 " + slowItem)))
                .body("tasks.promisedDeadline", everyItem(equalTo(on.toString())))
                .body("tasks.overdue", everyItem(is(false)))
                .body("tasks.referenceNumber", everyItem(notNullValue()))
                .body("tasks.applicantName", everyItem(equalTo("测试企业")));
        manager().queryParam("on", on.toString()).queryParam("department", fast).get(BOARD).then().statusCode(200)
                .body("departments[0].dueOn", equalTo(0)).body("departments[0].overdue", equalTo(2))
                .body("departments[0].remindersSent", equalTo(2))
                .body("tasks.applicationId", containsInAnyOrder(fastIds.toArray()))
                .body("tasks.promisedDeadline", everyItem(equalTo(fastDeadline.toString())))
                .body("tasks.overdue", everyItem(is(true)));
        manager().queryParam("on", fastDeadline.toString()).queryParam("department", fast).get(BOARD).then()
                .statusCode(200).body("departments[0].dueOn", equalTo(2)).body("departments[0].overdue", equalTo(0))
                .body("tasks.overdue", everyItem(is(false)));

        JsonPath all = as("park-admin").queryParam("on", on.toString()).get(BOARD).then().statusCode(200)
                .body("departments.find { it.department == '%s' }.overdue".formatted(fast), equalTo(2))
                .body("departments.find { it.department == '%s' }.dueOn".formatted(slow), equalTo(3))
                .body("tasks.size()", lessThanOrEqualTo(50))
                .extract().jsonPath();
        assertEquals(all.getList("departments.dueOn", Long.class).stream().mapToLong(Long::longValue).sum(),
                all.getLong("dueOn"));
        assertEquals(all.getList("departments.overdue", Long.class).stream().mapToLong(Long::longValue).sum(),
                all.getLong("overdue"));
        assertEquals(all.getList("departments.remindersSent", Long.class).stream().mapToLong(Long::longValue).sum(),
                all.getLong("remindersSent"));
        List<String> deadlines = all.getList("tasks.promisedDeadline");
        assertEquals(deadlines.stream().sorted().toList(), deadlines, "soonest deadline first");

        manager().queryParam("on", "2026-13-01").get(BOARD).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("on"));
        LocalDate today = WorkingCalendar.today(clock);
        manager().queryParam("department", slow).get(BOARD).then().statusCode(200).body("on", equalTo(today.toString()));
    }

    @Test
    void theDemoHistoryImportsAndItsWeeksAreCountedOnTheirHistoricalDates() throws Exception {
        manager().contentType(ContentType.JSON)
                .body(Files.readString(Path.of("../deploy/demo/data/approval-service-items.json")))
                .post("/api/v1/approval/service-items/bulk").then().statusCode(200);
        manager().contentType(ContentType.JSON).body(Files.readString(Path.of("../deploy/demo/data/approval-bundles.json")))
                .post("/api/v1/approval/bundles/bulk").then().statusCode(200);
        String file = Files.readString(Path.of("../deploy/demo/data/approval-history.json"));
        JsonNode cases = new ObjectMapper().readTree(file);
        assertTrue(cases.size() >= 45 && cases.size() <= 500, "between 45 and the import's limit: " + cases.size());
        for (JsonNode c : cases) {
            if (c.hasNonNull("projectName")) {
                announceProject(c.get("applicantUscc").asText(), c.get("projectName").asText());
            }
        }
        manager().contentType(ContentType.JSON).body(file).post("/api/v1/approval/applications/history").then()
                .statusCode(200).body("size()", equalTo(cases.size()));

        Map<LocalDate, Map<String, Long>> expected = new HashMap<>();
        for (JsonNode c : cases) {
            count(expected, OffsetDateTime.parse(c.get("submittedAt").asText()), "submitted");
            count(expected, OffsetDateTime.parse(c.get("acceptedAt").asText()), "accepted");
            OffsetDateTime concluded = OffsetDateTime.parse(c.get("concludedAt").asText());
            count(expected, concluded, "concluded");
            count(expected, concluded, c.get("result").asText());
        }
        LocalDate from = LocalDate.of(2019, 6, 3);
        LocalDate to = LocalDate.of(2019, 9, 29);
        Map<LocalDate, Map<String, Long>> weeks = weeks(manager(), from, to);
        assertEquals(17, weeks.size());
        long submittedInJulyAndAugust = 0;
        for (Map.Entry<LocalDate, Map<String, Long>> week : weeks.entrySet()) {
            for (String kind : COUNTS) {
                assertEquals(expected.getOrDefault(week.getKey(), Map.of()).getOrDefault(kind, 0L),
                        week.getValue().get(kind), week.getKey() + " " + kind);
            }
            if (!week.getKey().isBefore(LocalDate.of(2019, 7, 1)) && week.getKey().isBefore(LocalDate.of(2019, 9, 2))) {
                submittedInJulyAndAugust += week.getValue().get("submitted");
            }
        }
        assertTrue(submittedInJulyAndAugust >= 25, "the chart of July and August is not empty: " + submittedInJulyAndAugust);
        assertTrue(weeks.values().stream().mapToLong(w -> w.get("denied")).sum() >= 2, "a couple refused");
    }

    private String accepted(String uscc, String item) {
        String id = submitted(uscc, item, null, List.of(item + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        return id;
    }

    private static LocalDate deadline(String id) {
        return LocalDate.parse(manager().get("/api/v1/approval/applications/" + id).then().extract()
                .path("tasks[0].promisedDeadline"));
    }

    private static long remindersCreatedOn(String department, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>list("recipient", department).stream()
                .filter(r -> WorkingCalendar.dateOf(r.createdAt.toInstant()).equals(day)).count());
    }

    private static void invalid(Map<String, String> query, String field, String message) {
        manager().queryParams(query).get(WEEKLY).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("type", endsWith("/validation"))
                .body("title", equalTo("Validation failed"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    private static void forbidden(io.restassured.response.ValidatableResponse response) {
        response.statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("type", endsWith("/forbidden")).body("title", equalTo("Forbidden"));
    }

    private static Map<LocalDate, Map<String, Long>> weeks(io.restassured.specification.RequestSpecification who,
                                                           LocalDate from, LocalDate to) {
        return weeks(who.queryParam("from", from.toString()).queryParam("to", to.toString()).get(WEEKLY).then()
                .statusCode(200).extract().jsonPath());
    }

    private static Map<LocalDate, Map<String, Long>> weeks(JsonPath body) {
        Map<LocalDate, Map<String, Long>> weeks = new java.util.TreeMap<>();
        for (int i = 0; i < body.getList("weeks").size(); i++) {
            Map<String, Long> counts = new HashMap<>();
            for (String kind : COUNTS) {
                counts.put(kind, body.getLong("weeks[" + i + "].counts." + kind));
            }
            weeks.put(LocalDate.parse(body.getString("weeks[" + i + "].weekStart")), counts);
        }
        return weeks;
    }

    /** Counts {@code kind} in the week (Monday first) of the Asia/Shanghai date of {@code at}. */
    private static void count(Map<LocalDate, Map<String, Long>> weeks, OffsetDateTime at, String kind) {
        LocalDate week = at.atZoneSameInstant(SHANGHAI).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weeks.computeIfAbsent(week, w -> new HashMap<>()).merge(kind, 1L, Long::sum);
    }

    /** The same instant written in UTC, so that a case near midnight falls in its Shanghai week only by the service's reckoning. */
    private static String utcText(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    /** A project of this investor and name, announced on project.events as project-service does, once known. */
    private static void announceProject(String investorUscc, String name) {
        boolean known = QuarkusTransaction.requiringNew().call(() ->
                KnownProject.count("investorUscc = ?1 and name = ?2", investorUscc, name) > 0);
        if (known) {
            return;
        }
        UUID project = UUID.randomUUID();
        String json = """
                {"id":"%s","name":"%s","investor":{"uscc":"%s","name":"投资方","type":"OTHER","linked":true},
                 "plannedInvestmentYuan":100000000,"tier":"LARGE","faiEligible":true,"stage":"NEGOTIATING",
                 "stageDate":"2019-06-01","milestones":{"negotiating":"2019-06-01"},"completedInvestmentYuan":0,
                 "fundsArrivedYuan":0,"createdAt":"2019-06-01T08:00:00Z","updatedAt":"2019-06-01T08:00:00Z",
                 "aggregateVersion":1}""".formatted(project, name, investorUscc);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("project.events", project.toString(),
                json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "parksuite.project.created.v1",
                        "ce_source", "/parksuite/project-service", "ce_subject", project.toString(),
                        "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json")
                .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        TopicWriter.send(record);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> KnownProject.findById(project) != null));
    }
}
