package io.parksuite.project.service;

import io.parksuite.project.DemoData;
import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.parksuite.project.ProjectRequests.transition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class PipelineFiguresServiceTest {

    @Test
    void theDemoLedgerShowsTheBydPlantTook70DaysFromSigningToProduction() {
        DemoData.load("/api/v1/projects/bulk", "projects.json").statusCode(200)
                .body("received", equalTo(16)).body("imported", equalTo(16));
        String byd = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "比亚迪电子智能手机")
                .when().get("/api/v1/projects").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].capacity.quantity", equalTo(1.5E8f))
                .body("items[0].capacity.unit", equalTo("台/年"))
                .body("items[0].capacity.reachedQuantity", equalTo(4.0E7f))
                .body("items[0].capacity.reachedOn", equalTo("2019-09-24"))
                .body("items[0].stage", equalTo("PRODUCTION"))
                .body("items[0].milestones.trialProduction", equalTo("2019-08-23"))
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/durations", byd)
                .then().statusCode(200)
                .body("signedOn", equalTo("2019-07-01"))
                .body("trialProductionOn", equalTo("2019-08-23"))
                .body("productionOn", equalTo("2019-09-09"))
                .body("signingToProductionDays", equalTo(70))
                .body("signingToProductionWorkingDays", equalTo(50))
                .body("signingToTrialProductionDays", equalTo(53));
        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("chain", "THIRD_GENERATION_SEMICONDUCTORS").queryParam("officer", "赵磊")
                .when().get("/api/v1/projects").then().body("total", equalTo(13));
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", byd)
                .then().statusCode(200)
                .body("planned.quantity", equalTo(1.5E8f)).body("planned.unit", equalTo("台/年"))
                .body("reports.date", equalTo(java.util.List.of("2019-09-24")))
                .body("reports[0].quantity", equalTo(4.0E7f)).body("reports[0].sharePercent", equalTo(26.7f));
        String cofco = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "中粮可口可乐")
                .when().get("/api/v1/projects").then()
                .body("items[0].stage", equalTo("FULL_PRODUCTION"))
                .body("items[0].capacity.quantity", equalTo(10.0f))
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.forRole("park-leader")).when().get("/api/v1/projects/{id}/capacity-reports", cofco)
                .then().statusCode(200)
                .body("planned.unit", equalTo("条生产线"))
                .body("reports[0].quantity", equalTo(10.0f)).body("reports[0].sharePercent", equalTo(100.0f));
    }

    @Test
    void aBadLedgerRowIsNamedAndNothingIsImported() {
        String name = "导入失败项目" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        [{"project": {"name": "%s", "investor": {"name": "甲", "type": "OTHER"}, "plannedInvestmentYuan": 1,
                                      "stage": "SIGNED", "stageDate": "2019-01-01"}},
                         {"project": {"name": "%s-2", "investor": {"name": "乙", "type": "OTHER"}, "plannedInvestmentYuan": 1,
                                      "stage": "SIGNED", "stageDate": "2019-01-01"},
                          "history": [{"to": "APPROVING", "date": "2019-02-01"}, {"to": "CONSTRUCTION", "date": "2019-03-01"}]}]"""
                        .formatted(name, name))
                .when().post("/api/v1/projects/bulk")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("rows[2].history[1]"))
                .body("errors[0].message", containsString("先建后验"));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", name)
                .when().get("/api/v1/projects").then().body("total", equalTo(0));
    }

    @Test
    void theBoardCountsProjectsAndAmountsPerStage() {
        String officer = "board-" + UUID.randomUUID().toString().substring(0, 8);
        create(officer, "LEAD", 100_000_000L, "2021-03-01");
        create(officer, "LEAD", 50_000_000L, "2021-04-01");
        String signed = create(officer, "SIGNED", 300_000_000L, "2021-05-01");
        create(officer, "NEGOTIATING", 70_000_000L, "2020-05-01");
        transition(signed, "TERMINATED", LocalDate.of(2021, 6, 1), null).statusCode(200);

        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("officer", officer).queryParam("year", 2021)
                .when().get("/api/v1/projects/board").then().statusCode(200)
                .body("projects", equalTo(3))
                .body("plannedInvestmentYuan", equalTo(450000000.0f))
                .body("stages[0].stage", equalTo("LEAD"))
                .body("stages[0].label", equalTo("线索"))
                .body("stages[0].projects", equalTo(2))
                .body("stages[0].plannedInvestmentYuan", equalTo(150000000.0f))
                .body("stages[1].projects", equalTo(0))
                .body("stages[8].stage", equalTo("TERMINATED"))
                .body("stages[8].projects", equalTo(1));
    }

    @Test
    void kpisRateTheCohortSignedInThePeriod() {
        String officer = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        String fast = create(officer, "SIGNED", 200_000_000L, "2020-01-10");
        String slow = create(officer, "SIGNED", 100_000_000L, "2020-02-10");
        create(officer, "SIGNED", 100_000_000L, "2020-03-10");
        create(officer, "SIGNED", 100_000_000L, "2019-12-10");
        transition(fast, "CONSTRUCTION", LocalDate.of(2020, 2, 1), "先建后验").statusCode(200);
        transition(fast, "PRODUCTION", LocalDate.of(2020, 6, 1), null).statusCode(200);
        transition(slow, "CONSTRUCTION", LocalDate.of(2020, 12, 1), "先建后验").statusCode(200);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "2020-03-01", "amountYuan": 80000000, "reference": "DW-1"}""")
                .when().post("/api/v1/projects/{id}/funds", fast).then().statusCode(201);
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"completedYuan": 30000000}""")
                .when().put("/api/v1/projects/{id}/investments/2020-03", fast).then().statusCode(200);

        given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("from", "2020-01").queryParam("to", "2020-12").queryParam("officer", officer)
                .queryParam("groupBy", "OFFICER")
                .when().get("/api/v1/projects/kpis").then().statusCode(200)
                .body("startWindowDays", equalTo(180))
                .body("total.signed", equalTo(3))
                .body("total.started", equalTo(2))
                .body("total.startedInWindow", equalTo(1))
                .body("total.inProduction", equalTo(1))
                .body("total.performanceRate", equalTo(0.6667f))
                .body("total.startRate", equalTo(0.3333f))
                .body("total.productionRate", equalTo(0.3333f))
                .body("total.fundsArrivalRate", equalTo(0.2f))
                .body("total.averageSigningToProductionDays", equalTo(143.0f))
                .body("total.faiCompletedYuan", equalTo(30000000.0f))
                .body("groups[0].group", equalTo(officer));
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("from", "2020-13")
                .when().get("/api/v1/projects/kpis").then().statusCode(422).body("errors[0].field", equalTo("from"));
    }

    @Test
    void signedProjectsNotStartedWithinTheWindowAreOverdue() {
        String officer = "late-" + UUID.randomUUID().toString().substring(0, 8);
        String late = create(officer, "SIGNED", 1_000_000L, "2020-01-01");
        String started = create(officer, "SIGNED", 1_000_000L, "2020-01-01");
        create(officer, "SIGNED", 1_000_000L, "2020-06-01");
        transition(started, "CONSTRUCTION", LocalDate.of(2020, 3, 1), "先建后验").statusCode(200);

        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("officer", officer)
                .queryParam("asOf", "2020-07-15")
                .when().get("/api/v1/projects/alerts/overdue-starts").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(late))
                .body("items[0].dueOn", equalTo("2020-06-29"))
                .body("items[0].daysSinceSigning", equalTo(196));
    }

    private static String create(String officer, String stage, long yuan, String on) {
        return ProjectRequests.create("investment-officer", """
                {"name": "指标项目", "investor": {"name": "指标投资方", "type": "OTHER"}, "plannedInvestmentYuan": %d,
                 "officer": "%s", "buildBeforeApproval": true, "stage": "%s", "stageDate": "%s"}"""
                .formatted(yuan, officer, stage, on)).statusCode(201).extract().path("id");
    }
}
