package io.parksuite.approval.api;

import io.parksuite.approval.ApprovalFixtures;
import io.parksuite.approval.config.MovableClock;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.parksuite.approval.ApprovalFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ApprovalFixtures.TOPICS))
class ApplicationFlowServiceTest {

    @Inject
    MovableClock clock;

    String deptA;
    String deptB;
    String itemA1;
    String itemA2;
    String itemB;
    String bundle;
    String uscc;

    @BeforeEach
    void catalogue() {
        deptA = unique("dept-a");
        deptB = unique("dept-b");
        itemA1 = unique("A1");
        itemA2 = unique("A2");
        itemB = unique("B");
        createItem(itemA1, deptA, 20, 5, true, false);
        createItem(itemA2, deptA, 20, 3);
        createItem(itemB, deptB, 45, 10, false, true);
        bundle = unique("bundle");
        createBundle(bundle, List.of(itemA1, itemA2, itemB));
        uscc = TestUscc.random();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> mainMaterials() {
        return List.of(itemA1 + "-main", itemA2 + "-main", itemB + "-main");
    }

    private ExtractableResponse<Response> read(String id) {
        return manager().get("/api/v1/approval/applications/" + id).then().statusCode(200).extract();
    }

    private String taskOf(String id, String dept) {
        return read(id).path("tasks.find { it.department == '" + dept + "' }.id");
    }

    @Test
    void aBundleRunsOneTaskPerDepartmentInParallelAndConcludesWhicheverFinishesLast() {
        String id = submitted(uscc, null, bundle, mainMaterials());
        step(officer(deptA), id, "accept", null).statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("acceptance", equalTo("ACCEPTED"))
                .body("tasks.size()", equalTo(2))
                .body("promisedLimitDays", equalTo(10))
                .body("statutoryLimitDays", equalTo(45));
        String taskA = taskOf(id, deptA);
        String taskB = taskOf(id, deptB);
        assertEquals(5, (int) read(id).path("tasks.find { it.department == '" + deptA + "' }.promisedLimitDays"),
                "dept A's task keeps its items' promise (5), within the bundle's 10");

        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskB + "/decision").then().statusCode(403);
        officer(deptB).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\",\"opinion\":\"同意\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskB + "/decision").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        officer(deptB).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskB + "/decision").then().statusCode(409);
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskA + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("result", equalTo("approved"))
                .body("workingDaysUsed", equalTo(0))
                .body("allowedSteps", contains("DELIVER"));

        List<String> notices = manager().get("/api/v1/approval/applications/" + id + "/steps").then().statusCode(200)
                .extract().path("noticeTitle");
        assertTrue(notices.containsAll(List.of("接件回执", "受理通知书", "准予行政许可决定书")), notices.toString());
        List<String> actors = manager().get("/api/v1/approval/applications/" + id + "/steps").then().extract().path("actor");
        assertTrue(actors.stream().anyMatch(a -> a.endsWith("@" + deptB)), actors.toString());

        step(manager(), id, "deliver", "{\"method\":\"COUNTER\"}").statusCode(200)
                .body("status", equalTo("DELIVERED")).body("visits", equalTo(1));
        step(manager(), id, "archive", null).statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void aDenialByOneDepartmentDeniesTheWholeApplication() {
        String id = submitted(uscc, null, bundle, mainMaterials());
        step(manager(), id, "accept", null).statusCode(200);
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"DENIED\",\"opinion\":\"不符合条件\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskOf(id, deptA) + "/decision").then().statusCode(200);
        officer(deptB).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskOf(id, deptB) + "/decision").then().statusCode(200)
                .body("status", equalTo("DENIED")).body("result", equalTo("denied"));
        manager().get("/api/v1/approval/applications/" + id + "/steps").then()
                .body("noticeTitle", hasItem("不予行政许可决定书"));
    }

    @Test
    void illegalStepsAre409NamingTheAllowedOnes() {
        String id = draft(uscc, itemA1, null);
        step(manager(), id, "accept", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("DRAFT"))
                .body("errors[0].field", equalTo("step"))
                .body("errors[0].message", allOf(containsString("SUBMIT"), containsString("WITHDRAW")));
        step(manager(), id, "deliver", null).statusCode(409);
        step(enterprise(uscc), id, "submit", null).statusCode(422)
                .body("errors.field", hasItem("materials." + itemA1 + "-main"));
        manager().get("/api/v1/approval/applications/" + id).then().body("status", equalTo("DRAFT"));
        enterprise(uscc).contentType(ContentType.JSON).body("{\"formData\":{\"contactPhone\":\"0731-88000000\"}}")
                .put("/api/v1/approval/applications/" + id + "/form").then().statusCode(200)
                .body("formData.contactPhone", equalTo("0731-88000000"))
                .body("formData.enterpriseName", equalTo("测试企业"));
        step(enterprise(uscc), id, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("allowedSteps", empty());
        enterprise(uscc).contentType(ContentType.JSON).body("{\"formData\":{\"contactPhone\":\"1\"}}")
                .put("/api/v1/approval/applications/" + id + "/form").then().statusCode(409);
    }

    @Test
    void creatingWithTheSameIdempotencyKeyCreatesOneApplication() {
        String key = "create-" + UUID.randomUUID();
        String body = """
                {"itemCode":"%s","applicantName":"幂等企业","formData":{"enterpriseName":"幂等企业"}}""".formatted(itemA1);
        String first = enterprise(uscc).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/approval/applications").then().statusCode(201).extract().path("id");
        String second = enterprise(uscc).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/approval/applications").then().statusCode(201)
                .header("Idempotency-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        long count = QuarkusTransaction.requiringNew().call(() -> Application.count("applicantUscc", uscc));
        assertEquals(1, count);
    }

    @Test
    void unknownItemsAndForeignApplicantsAreRefused() {
        enterprise(uscc).contentType(ContentType.JSON).body("{\"itemCode\":\"NO-SUCH\",\"applicantName\":\"x\"}")
                .post("/api/v1/approval/applications").then().statusCode(422).body("errors[0].field", equalTo("itemCode"));
        enterprise(uscc).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"%s\",\"applicantUscc\":\"%s\",\"applicantName\":\"x\"}".formatted(itemA1, TestUscc.random()))
                .post("/api/v1/approval/applications").then().statusCode(403);
        enterprise(uscc).contentType(ContentType.JSON).body("{\"itemCode\":\"%s\",\"applicantName\":\"x\",\"buildFirst\":true}".formatted(itemA1))
                .post("/api/v1/approval/applications").then().statusCode(422).body("errors[0].field", equalTo("buildFirst"));
    }

    @Test
    void deficiencyAcceptanceNeedsSecondaryMaterialsACommitmentAndADueDateWithinThePromise() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        LocalDate today = WorkingCalendar.today(clock);
        LocalDate promised = WorkingCalendar.chinaMainland().addWorkingDays(today, 5);
        step(manager(), id, "accept-with-deficiency", """
                {"missingMaterials":["%s-main"],"commitment":"承诺补齐","dueOn":"%s"}""".formatted(itemA1, promised))
                .statusCode(422).body("errors[0].field", equalTo("missingMaterials[0]"))
                .body("errors[0].message", containsString("main material"));
        step(manager(), id, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"commitment":"承诺补齐","dueOn":"%s"}""".formatted(itemA1, promised.plusDays(1)))
                .statusCode(422).body("errors[0].field", equalTo("dueOn"))
                .body("errors[0].message", containsString(promised.toString()));
        step(manager(), id, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"dueOn":"%s"}""".formatted(itemA1, promised))
                .statusCode(422).body("errors[0].field", equalTo("commitment"));
        manager().get("/api/v1/approval/applications/" + id).then().body("status", equalTo("SUBMITTED"));

        step(officer(deptA), id, "accept-with-deficiency", """
                {"missingMaterials":["%s-extra"],"commitment":"本企业承诺于期限内补齐租赁合同","dueOn":"%s"}"""
                .formatted(itemA1, promised)).statusCode(200)
                .body("acceptance", equalTo("ACCEPTED_WITH_DEFICIENCY"))
                .body("deficiency.dueOn", equalTo(promised.toString()))
                .body("promisedDeadline", equalTo(promised.toString()));
        String task = taskOf(id, deptA);
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(409)
                .body("detail", containsString(itemA1 + "-extra"));
        step(enterprise(uscc), id, "supply-deficiency", null).statusCode(422);
        upload(enterprise(uscc), id, itemA1 + "-extra").statusCode(201).body("purpose", equalTo("DEFICIENCY"));
        step(enterprise(uscc), id, "supply-deficiency", null).statusCode(200).body("deficiency.resolved", equalTo(true));
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision").then().statusCode(200)
                .body("result", equalTo("approved"));
        List<FollowUpTask> followUps = QuarkusTransaction.requiringNew().call(() ->
                FollowUpTask.<FollowUpTask>list("applicationId", UUID.fromString(id)));
        assertEquals(List.of(), followUps.stream().map(f -> f.kind).toList(), "no 告知承诺 was chosen");
    }

    @Test
    void supplementIsRequestedOnceAndCompletely() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        step(manager(), id, "request-supplement", "{\"items\":[]}").statusCode(422);
        step(manager(), id, "request-supplement", "{\"items\":[\"申请书签字页\",\"营业执照副本\"],\"note\":\"盖章\"}")
                .statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("supplementItems", contains("申请书签字页", "营业执照副本"));
        manager().get("/api/v1/approval/applications/" + id + "/steps").then()
                .body("find { it.step == 'REQUEST_SUPPLEMENT' }.noticeTitle", equalTo("补正材料通知书"))
                .body("find { it.step == 'REQUEST_SUPPLEMENT' }.noticeText", containsString("营业执照副本"));
        upload(enterprise(uscc), id, itemA1 + "-main").statusCode(201).body("purpose", equalTo("SUPPLEMENT"));
        step(enterprise(uscc), id, "supply-supplement", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        step(manager(), id, "request-supplement", "{\"items\":[\"又一项\"]}").statusCode(409)
                .body("detail", containsString("once"));
        step(manager(), id, "accept", null).statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void afterFiveWorkingDaysWithoutNoticeTheApplicationCountsAsAccepted() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        LocalDate intake = WorkingCalendar.today(clock);
        LocalDate windowEnd = WorkingCalendar.chinaMainland().addWorkingDays(intake, 5);
        clock.shift(Duration.ofDays(windowEnd.toEpochDay() - intake.toEpochDay() + 1));
        step(manager(), id, "request-supplement", "{\"items\":[\"x\"]}").statusCode(409)
                .body("detail", containsString("counts as accepted"));
        manager().post("/api/v1/approval/reminders/scan").then().statusCode(200).body("deemedAccepted", greaterThanOrEqualTo(1));
        manager().get("/api/v1/approval/applications/" + id).then().body("status", equalTo("IN_REVIEW"))
                .body("acceptance", equalTo("DEEMED_ACCEPTED"))
                .body("acceptedOn", equalTo(intake.toString()));
    }

    @Test
    void refusalStatesItsReasonInAWrittenNotice() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        step(manager(), id, "refuse", "{\"reason\":\"\"}").statusCode(422);
        step(manager(), id, "refuse", "{\"reason\":\"不属于本机关职权范围\"}").statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED")).body("allowedSteps", contains("ARCHIVE"));
        manager().get("/api/v1/approval/applications/" + id + "/steps").then()
                .body("find { it.step == 'REFUSE' }.noticeTitle", equalTo("不予受理通知书"))
                .body("find { it.step == 'REFUSE' }.noticeText", containsString("不属于本机关职权范围"));
    }

    @Test
    void aSpecialProcedurePausesTheClockAndMovesTheDeadlines() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        step(manager(), id, "accept", null).statusCode(200);
        String before = read(id).path("promisedDeadline");
        clock.shift(Duration.ofDays(1));
        step(manager(), id, "special-procedure/start", "{\"kind\":\"PARTY\",\"reason\":\"x\"}").statusCode(422);
        step(manager(), id, "special-procedure/start", "{\"kind\":\"EXPERT_REVIEW\",\"reason\":\"专家评审\"}")
                .statusCode(200).body("status", equalTo("SPECIAL_PROCEDURE"));
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskOf(id, deptA) + "/decision").then()
                .statusCode(409).body("errors[0].message", containsString("END_SPECIAL_PROCEDURE"));
        clock.shift(Duration.ofDays(15));
        step(manager(), id, "special-procedure/end", null).statusCode(200).body("status", equalTo("IN_REVIEW"));
        ExtractableResponse<Response> after = read(id);
        LocalDate start = LocalDate.parse((String) after.path("pauses[0].firstDay"));
        LocalDate end = LocalDate.parse((String) after.path("pauses[0].lastDay"));
        assertEquals(14, end.toEpochDay() - start.toEpochDay());
        assertTrue(LocalDate.parse((String) after.path("promisedDeadline")).isAfter(LocalDate.parse(before)),
                before + " → " + after.path("promisedDeadline"));
        assertEquals((String) after.path("promisedDeadline"), after.path("tasks[0].promisedDeadline"));
    }

    @Test
    void materialFilesAreCheckedStoredWithAChecksumAndDownloadedByTheirOwnersOnly() {
        String id = draft(uscc, itemA1, null);
        enterprise(uscc).contentType("text/plain").body("hello").queryParam("code", itemA1 + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(415)
                .contentType("application/problem+json");
        enterprise(uscc).contentType("application/pdf").body("not a pdf".getBytes()).queryParam("code", itemA1 + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(415);
        byte[] big = new byte[70_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        enterprise(uscc).contentType("application/pdf").body(big).queryParam("code", itemA1 + "-main")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(413);
        enterprise(uscc).contentType("application/pdf").body(PDF).queryParam("code", "unknown")
                .post("/api/v1/approval/applications/" + id + "/materials").then().statusCode(422);
        String location = upload(enterprise(uscc), id, itemA1 + "-main").statusCode(201)
                .body("sha256", equalTo("%064x".formatted(new java.math.BigInteger(1, sha256(PDF)))))
                .body("sizeBytes", equalTo(PDF.length)).extract().header("Location");
        String materialId = enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials")
                .then().statusCode(200).body("size()", equalTo(1)).extract().path("[0].id");
        byte[] downloaded = enterprise(uscc).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        assertTrue(location.endsWith("/materials/" + materialId + "/content"));
        enterprise(TestUscc.random()).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(404);
        officer(unique("other")).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(404);
        officer(deptA).get("/api/v1/approval/applications/" + id + "/materials/" + materialId + "/content")
                .then().statusCode(200);
    }

    @Test
    void enterprisesSeeTheirOwnApplicationsAndOfficersThoseOfTheirDepartment() {
        String mine = draft(uscc, itemA1, null);
        String other = TestUscc.random();
        String theirs = draft(other, itemB, null);
        List<String> seen = enterprise(uscc).queryParam("size", 200).get("/api/v1/approval/applications")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(seen.contains(mine) && !seen.contains(theirs));
        enterprise(uscc).get("/api/v1/approval/applications/" + theirs).then().statusCode(404);
        List<String> officerSees = officer(deptB).queryParam("size", 200).get("/api/v1/approval/applications")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(officerSees.contains(theirs) && !officerSees.contains(mine));
        as("park-leader").get("/api/v1/approval/applications/" + mine).then().statusCode(200);
        step(as("park-leader"), mine, "accept", null).statusCode(403);
        as("statistician").get("/api/v1/approval/applications/" + mine).then().statusCode(403);
    }

    @Test
    void ratingsComeOnceAndABadOneOpensARectificationDueInFifteenWorkingDays() {
        String id = submitted(uscc, itemA1, null, List.of(itemA1 + "-main"));
        step(enterprise(uscc), id, "rating", "{\"score\":1}").statusCode(409);
        step(manager(), id, "accept", null).statusCode(200);
        officer(deptA).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                .post("/api/v1/approval/applications/" + id + "/tasks/" + taskOf(id, deptA) + "/decision").then().statusCode(200);
        step(enterprise(uscc), id, "rating", "{\"score\":6}").statusCode(422).body("errors[0].field", equalTo("score"));
        step(enterprise(TestUscc.random()), id, "rating", "{\"score\":5}").statusCode(404);
        step(enterprise(uscc), id, "rating", "{\"score\":2,\"comment\":\"等待时间长\"}").statusCode(200).body("rated", equalTo(true));
        step(enterprise(uscc), id, "rating", "{\"score\":5}").statusCode(409).body("detail", containsString("already rated"));
        LocalDate due = WorkingCalendar.chinaMainland().addWorkingDays(WorkingCalendar.today(clock), 15);
        manager().queryParam("applicationId", id).get("/api/v1/approval/follow-ups").then().statusCode(200)
                .body("items.kind", contains("RECTIFICATION"))
                .body("items[0].dueOn", equalTo(due.toString()))
                .body("items[0].note", containsString("等待时间长"));
    }

    @Test
    void notifyCommitmentAndBuildFirstApprovalsOpenTheirFollowUps() {
        UUID project = knownProject(uscc);
        String id = enterprise(uscc).contentType(ContentType.JSON).body("""
                        {"bundleCode":"%s","applicantName":"承诺企业","projectId":"%s","notifyCommitment":true,"buildFirst":true,
                         "formData":{"enterpriseName":"承诺企业"}}""".formatted(bundle, project))
                .post("/api/v1/approval/applications").then().statusCode(201).body("projectId", equalTo(project.toString()))
                .extract().path("id");
        for (String material : mainMaterials()) {
            upload(enterprise(uscc), id, material).statusCode(201);
        }
        step(enterprise(uscc), id, "submit", null).statusCode(200).body("visits", equalTo(0)).body("channel", equalTo("ONLINE"));
        step(manager(), id, "accept", null).statusCode(200);
        for (String dept : List.of(deptA, deptB)) {
            officer(dept).contentType(ContentType.JSON).body("{\"decision\":\"APPROVED\"}")
                    .post("/api/v1/approval/applications/" + id + "/tasks/" + taskOf(id, dept) + "/decision").then().statusCode(200);
        }
        manager().queryParam("applicationId", id).get("/api/v1/approval/follow-ups").then().statusCode(200)
                .body("items.kind", containsInAnyOrder("POST_CHECK", "VERIFICATION"))
                .body("items.find { it.kind == 'VERIFICATION' }.projectId", equalTo(project.toString()))
                .body("items.find { it.kind == 'VERIFICATION' }.department", equalTo(deptB))
                .body("items.find { it.kind == 'POST_CHECK' }.department", equalTo(deptA));
        officer(deptA).queryParam("applicationId", id).get("/api/v1/approval/follow-ups").then()
                .body("items.kind", contains("POST_CHECK"));
    }

    @Test
    void counterVisitsAreCountedAndMoreThanOneIsFlagged() {
        String id = manager().contentType(ContentType.JSON).body("""
                        {"itemCode":"%s","applicantUscc":"%s","applicantName":"窗口企业","formData":{"enterpriseName":"窗口企业"}}"""
                        .formatted(itemA1, uscc))
                .post("/api/v1/approval/applications").then().statusCode(201).body("channel", equalTo("COUNTER")).extract().path("id");
        upload(manager(), id, itemA1 + "-main").statusCode(201);
        step(manager(), id, "submit", null).statusCode(200).body("visits", equalTo(1)).body("moreThanOneVisit", equalTo(false));
        step(manager(), id, "visits", "{\"purpose\":\"补交原件\"}").statusCode(200)
                .body("visits", equalTo(2)).body("moreThanOneVisit", equalTo(true));
        as("park-leader").get("/api/v1/approval/quality").then().statusCode(200)
                .body("moreThanOneVisit", greaterThanOrEqualTo(1))
                .body("submitted", greaterThanOrEqualTo(1));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
