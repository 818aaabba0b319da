package io.parksuite.project.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.project.ProjectRequests;
import io.parksuite.project.service.ParkClock;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.parksuite.project.ProjectRequests.transition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * parksuite.approval.case-timeline.v1 fed through the approval consumer's handler, and the attributed
 * lead time read back: per project and as grouped figures.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class LeadTimeServiceTest {

    private static final String TYPE = "parksuite.approval.case-timeline.v1";
    private static final String BYD_INTERVALS = """
            [{"party":"ENTERPRISE","kind":"DRAFT","department":null,"firstDay":"2019-07-01","lastDay":"2019-07-02"},
             {"party":"GOVERNMENT","kind":"DEPARTMENT_REVIEW","department":"住建局","firstDay":"2019-07-03","lastDay":"2019-07-09"},
             {"party":"GOVERNMENT","kind":"DEPARTMENT_REVIEW","department":"消防","firstDay":"2019-07-04","lastDay":"2019-07-05"}]""";

    @Inject
    ApprovalEventsConsumer consumer;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ParkClock clock;

    @Test
    void theBydPlantSplitsIntoGovernmentEnterpriseAndConstructionTime() {
        String project = produced(officer());
        String application = UUID.randomUUID().toString();
        feed(application, project, null, "王芳", "INDUSTRIAL_STARTUP", BYD_INTERVALS, 5);

        leadTime(project)
                .body("signedOn", equalTo("2019-07-01"))
                .body("construction.state", equalTo("REACHED"))
                .body("construction.until", equalTo("2019-07-08"))
                .body("construction.calendarDays.total", equalTo(7))
                .body("construction.calendarDays.government", equalTo(5))
                .body("construction.calendarDays.enterprise", equalTo(2))
                .body("construction.calendarDays.construction", equalTo(0))
                .body("construction.workingDays.total", equalTo(5))
                .body("construction.workingDays.government", equalTo(3))
                .body("production.state", equalTo("REACHED"))
                .body("production.calendarDays.total", equalTo(70))
                .body("production.calendarDays.government", equalTo(7))
                .body("production.calendarDays.enterprise", equalTo(2))
                .body("production.calendarDays.construction", equalTo(61))
                .body("production.workingDays.total", equalTo(50))
                .body("production.workingDays.construction", equalTo(43))
                .body("production.workingDaysProvisional", equalTo(false))
                .body("applications", hasSize(1))
                .body("applications[0].applicationId", equalTo(application))
                .body("applications[0].officer", equalTo("王芳"))
                .body("applications[0].governmentDays", equalTo(7))
                .body("applications[0].enterpriseDays", equalTo(2));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/durations", project)
                .then().statusCode(200).body("signingToProductionDays", equalTo(70));
    }

    @Test
    void aHigherAggregateVersionReplacesTheTimelineAndALowerOneIsIgnored() {
        String project = produced(officer());
        String application = UUID.randomUUID().toString();
        feed(application, project, null, "王芳", "INDUSTRIAL_STARTUP", BYD_INTERVALS, 5);
        feed(application, project, null, "王芳", "INDUSTRIAL_STARTUP", """
                [{"party":"GOVERNMENT","kind":"SPECIAL_PROCEDURE","department":"规划","firstDay":"2019-07-01","lastDay":"2019-07-20"}]""", 7);
        feed(application, project, null, "王芳", "INDUSTRIAL_STARTUP", "[]", 6);
        leadTime(project)
                .body("production.calendarDays.government", equalTo(20))
                .body("production.calendarDays.enterprise", equalTo(0))
                .body("applications", hasSize(1));
    }

    @Test
    void aProjectNotYetStartedIsMeasuredToTodayAndOpen() {
        LocalDate today = clock.today();
        String project = ProjectRequests.create("SIGNED", today.minusDays(30), false);
        feed(UUID.randomUUID().toString(), project, null, "王芳", "INDUSTRIAL_STARTUP", """
                [{"party":"ENTERPRISE","kind":"SUPPLEMENT","department":null,"firstDay":"%s","lastDay":"%s"}]"""
                .formatted(today.minusDays(10), today.plusDays(5)), 3);
        leadTime(project)
                .body("asOf", equalTo(today.toString()))
                .body("construction.state", equalTo("OPEN"))
                .body("construction.until", equalTo(today.toString()))
                .body("construction.calendarDays.total", equalTo(30))
                .body("construction.calendarDays.enterprise", equalTo(10))
                .body("production.state", equalTo("OPEN"));
    }

    @Test
    void aSigningBeforeTheFirstHolidayNoticeHasNoWorkingDays() {
        String project = ProjectRequests.create("SIGNED", LocalDate.of(2009, 12, 1), true);
        transition(project, "CONSTRUCTION", LocalDate.of(2010, 1, 15), "先建后验").statusCode(200);
        leadTime(project)
                .body("construction.calendarDays.total", equalTo((int) ChronoUnit.DAYS.between(
                        LocalDate.of(2009, 12, 1), LocalDate.of(2010, 1, 15))))
                .body("construction.workingDays", nullValue());
    }

    @Test
    void aStrangersTimelineIsIgnoredAndAMalformedOneIsPoison() {
        String investor = TestUscc.random();
        String project = ProjectRequests.createFor(investor, "他人的办件时间线", "SIGNED", LocalDate.of(2019, 7, 1));
        feed(UUID.randomUUID().toString(), project, TestUscc.random(), "王芳", "INDUSTRIAL_STARTUP", BYD_INTERVALS, 5);
        leadTime(project).body("applications", hasSize(0));
        assertThrows(PoisonEventException.class, () -> feed(UUID.randomUUID().toString(), project, investor, "王芳",
                "X", """
                        [{"party":"GOVERNMENT","kind":"DEPARTMENT_REVIEW","firstDay":"2019-07-09","lastDay":"2019-07-03"}]""", 1));
        assertThrows(PoisonEventException.class, () -> feed(UUID.randomUUID().toString(), project, investor, "王芳",
                "X", """
                        [{"party":"COURT","kind":"DEPARTMENT_REVIEW","firstDay":"2019-07-03","lastDay":"2019-07-09"}]""", 1));
        feed(UUID.randomUUID().toString(), project, investor, "王芳", "INDUSTRIAL_STARTUP", BYD_INTERVALS, 5);
        leadTime(project).body("applications", hasSize(1));
    }

    @Test
    void theFiguresGroupByBundleAndDeskOfficerWithMedianAndMean() {
        String officer = officer();
        String first = produced(officer);
        feed(UUID.randomUUID().toString(), first, null, "王芳", "INDUSTRIAL_STARTUP", BYD_INTERVALS, 5);
        String second = produced(officer);
        feed(UUID.randomUUID().toString(), second, null, "赵强", "INDUSTRIAL_STARTUP", """
                [{"party":"GOVERNMENT","kind":"DEPARTMENT_REVIEW","department":"住建局","firstDay":"2019-07-01","lastDay":"2019-07-20"}]""", 2);
        feed(UUID.randomUUID().toString(), second, null, "赵强", "FIRE_SAFETY", "[]", 2);
        String open = ProjectRequests.create("investment-officer", projectBody(officer, LocalDate.of(2019, 7, 1)))
                .statusCode(201).extract().path("id");

        figures("officer=" + officer + "&groupBy=bundle")
                .body("groupBy", equalTo("BUNDLE"))
                .body("total.projects", equalTo(3))
                .body("total.production.projects", equalTo(2))
                .body("total.production.open", equalTo(1))
                .body("total.production.calendarDays.total.median", equalTo(70.0f))
                .body("total.production.calendarDays.government.median", equalTo(13.5f))
                .body("total.production.calendarDays.government.mean", equalTo(13.5f))
                .body("total.production.workingDays.total.mean", equalTo(50.0f))
                .body("groups", hasSize(3))
                .body("groups[0].group", equalTo("FIRE_SAFETY"))
                .body("groups[0].projects", equalTo(1))
                .body("groups[1].group", equalTo("INDUSTRIAL_STARTUP"))
                .body("groups[1].projects", equalTo(2))
                .body("groups[2].group", nullValue())
                .body("groups[2].production.open", equalTo(1));
        figures("officer=" + officer + "&groupBy=DESK_OFFICER")
                .body("groups.group", org.hamcrest.Matchers.contains("王芳", "赵强", null));
        figures("officer=" + officer + "&groupBy=year").body("groups[0].group", equalTo("2019"))
                .body("groups[0].construction.calendarDays.total.median", equalTo(7.0f));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/lead-time?groupBy=street")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/lead-time?year=99999")
                .then().statusCode(422).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.forRole("enterprise")).when().get("/api/v1/projects/lead-time")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("enterprise")).when().get("/api/v1/projects/{id}/lead-time", open)
                .then().statusCode(404);
    }

    private static String officer() {
        return "官" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String projectBody(String officer, LocalDate signedOn) {
        return """
                {"name": "测试项目", "investor": {"name": "测试投资方有限公司", "type": "OTHER"},
                 "chainCode": "ELECTRONIC_INFORMATION", "plannedInvestmentYuan": 200000000, "officer": "%s",
                 "buildBeforeApproval": true, "stage": "SIGNED", "stageDate": "%s"}""".formatted(officer, signedOn);
    }

    /** Signed 2019-07-01, 开工 2019-07-08 (先建后验), 投产 2019-09-09: the BYD phone plant's dates. */
    private static String produced(String officer) {
        String project = ProjectRequests.create("investment-officer", projectBody(officer, LocalDate.of(2019, 7, 1)))
                .statusCode(201).extract().path("id");
        transition(project, "CONSTRUCTION", LocalDate.of(2019, 7, 8), "先建后验").statusCode(200);
        transition(project, "PRODUCTION", LocalDate.of(2019, 9, 9), null).statusCode(200);
        return project;
    }

    private static ValidatableResponse leadTime(String project) {
        return given().auth().oauth2(TestTokens.forRole("park-leader"))
                .when().get("/api/v1/projects/{id}/lead-time", project).then().statusCode(200);
    }

    private static ValidatableResponse figures(String query) {
        return given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get("/api/v1/projects/lead-time?" + query).then().statusCode(200);
    }

    private void feed(String application, String project, String applicantUscc, String officer, String bundle,
                      String intervals, long version) {
        String json = """
                {"applicationId":"%s","referenceNumber":"WC2019-0001","bundleCode":"%s","itemCode":null,"projectId":"%s",
                 "applicantUscc":%s,"officer":"%s","createdAt":"2019-06-30T16:30:00Z","submittedAt":"2019-07-02T17:30:00Z",
                 "concludedAt":"2019-07-09T03:00:00Z","result":"approved","intervals":%s,"aggregateVersion":%d,
                 "someFutureField":true}"""
                .formatted(application, bundle, project, applicantUscc == null ? "null" : "\"" + applicantUscc + "\"",
                        officer, intervals, version);
        try {
            IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), TYPE, "/parksuite/approval-service",
                    application, OffsetDateTime.now(), objectMapper.readTree(json));
            QuarkusTransaction.requiringNew().run(() -> consumer.handle(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
