package io.parksuite.project.service;

import io.parksuite.project.ProjectRequests;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.parksuite.project.ProjectRequests.transition;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A 2020 cohort whose projects sign, start, produce and receive funds through the year (one is terminated):
 * its KPIs as of a day before, between and after the milestones, and today's unchanged answer.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = ProjectRequests.TOPICS))
class PipelineKpisAsOfServiceTest {

    private static final String ELECTRONICS = "ELECTRONIC_INFORMATION";
    private static final String FOOD = "FOOD_PROCESSING";

    private String officer;

    @BeforeEach
    void cohort() {
        officer = "asof-" + UUID.randomUUID().toString().substring(0, 8);
        String fast = create(ELECTRONICS, 200_000_000L, "2020-01-10");
        String slow = create(ELECTRONICS, 100_000_000L, "2020-02-10");
        String dropped = create(FOOD, 100_000_000L, "2020-03-10");
        String late = create(FOOD, 100_000_000L, "2020-09-01");
        create(FOOD, 100_000_000L, "2019-12-10");
        transition(fast, "CONSTRUCTION", LocalDate.of(2020, 2, 1), "先建后验").statusCode(200);
        transition(fast, "PRODUCTION", LocalDate.of(2020, 6, 1), null).statusCode(200);
        transition(dropped, "TERMINATED", LocalDate.of(2020, 5, 1), null).statusCode(200);
        transition(late, "CONSTRUCTION", LocalDate.of(2020, 9, 15), "先建后验").statusCode(200);
        transition(slow, "CONSTRUCTION", LocalDate.of(2020, 12, 1), "先建后验").statusCode(200);
        funds(fast, "2020-03-01", 80_000_000L, "DW-1");
        funds(fast, "2020-07-01", 20_000_000L, "DW-2");
        funds(slow, "2020-12-15", 50_000_000L, "DW-3");
    }

    @Test
    void beforeTheMilestonesOnlyTheFirstSigningCounts() {
        kpis("2020-01-31", null).statusCode(200)
                .body("asOf", equalTo("2020-01-31"))
                .body("total.signed", equalTo(1))
                .body("total.started", equalTo(0))
                .body("total.startedInWindow", equalTo(0))
                .body("total.inProduction", equalTo(0))
                .body("total.plannedInvestmentYuan", equalTo(200000000.0f))
                .body("total.fundsArrivedYuan", equalTo(0.0f))
                .body("total.performanceRate", equalTo(0.0f))
                .body("total.startRate", equalTo(0.0f))
                .body("total.productionRate", equalTo(0.0f))
                .body("total.fundsArrivalRate", equalTo(0.0f))
                .body("total.averageSigningToProductionDays", nullValue());
    }

    @Test
    void betweenTheMilestonesOnlyThoseReachedCount() {
        kpis("2020-06-30", null).statusCode(200)
                .body("asOf", equalTo("2020-06-30"))
                .body("total.signed", equalTo(3))
                .body("total.started", equalTo(1))
                .body("total.startedInWindow", equalTo(1))
                .body("total.inProduction", equalTo(1))
                .body("total.plannedInvestmentYuan", equalTo(400000000.0f))
                .body("total.fundsArrivedYuan", equalTo(80000000.0f))
                .body("total.performanceRate", equalTo(0.3333f))
                .body("total.startRate", equalTo(0.3333f))
                .body("total.productionRate", equalTo(0.3333f))
                .body("total.fundsArrivalRate", equalTo(0.2f))
                .body("total.averageSigningToProductionDays", equalTo(143.0f));
        kpis("2020-05-31", null).statusCode(200)
                .body("total.inProduction", equalTo(0))
                .body("total.averageSigningToProductionDays", nullValue());
    }

    @Test
    void afterTheMilestonesEverythingCountsAsWithoutAsOf() {
        ValidatableResponse after = kpis("2020-12-31", null).statusCode(200).body("asOf", equalTo("2020-12-31"));
        expectTheWholeYear(after);
        expectTheWholeYear(kpis("2030-01-01", null).statusCode(200).body("asOf", equalTo("2030-01-01")));
        LocalDate before = LocalDate.now(ParkClock.PARK_ZONE);
        ValidatableResponse today = kpis(null, null).statusCode(200);
        LocalDate now = LocalDate.now(ParkClock.PARK_ZONE);
        today.body("asOf", anyOf(equalTo(before.toString()), equalTo(now.toString())));
        expectTheWholeYear(today);
    }

    @Test
    void groupedRowsAreCutAtAsOfToo() {
        kpis("2020-06-30", "CHAIN").statusCode(200)
                .body("total.signed", equalTo(3))
                .body("groups[0].group", equalTo(ELECTRONICS))
                .body("groups[0].signed", equalTo(2))
                .body("groups[0].started", equalTo(1))
                .body("groups[0].inProduction", equalTo(1))
                .body("groups[0].fundsArrivedYuan", equalTo(80000000.0f))
                .body("groups[0].fundsArrivalRate", equalTo(0.2667f))
                .body("groups[1].group", equalTo(FOOD))
                .body("groups[1].signed", equalTo(1))
                .body("groups[1].started", equalTo(0))
                .body("groups[1].fundsArrivedYuan", equalTo(0.0f));
        kpis("2020-12-31", "OFFICER").statusCode(200)
                .body("groups[0].group", equalTo(officer))
                .body("groups[0].signed", equalTo(4))
                .body("groups[0].started", equalTo(3))
                .body("groups[0].startedInWindow", equalTo(2))
                .body("groups[0].fundsArrivedYuan", equalTo(150000000.0f));
    }

    @Test
    void anAsOfBeforeThePeriodOrNotADateIsNamed() {
        kpis("2019-12-31", null).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("2020-01-01"));
        kpis("2020-02-30", null).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("asOf"));
        kpis("30.06.2020", null).statusCode(422).body("errors[0].field", equalTo("asOf"));
    }

    private static void expectTheWholeYear(ValidatableResponse response) {
        response.body("total.signed", equalTo(4))
                .body("total.started", equalTo(3))
                .body("total.startedInWindow", equalTo(2))
                .body("total.inProduction", equalTo(1))
                .body("total.plannedInvestmentYuan", equalTo(500000000.0f))
                .body("total.fundsArrivedYuan", equalTo(150000000.0f))
                .body("total.performanceRate", equalTo(0.75f))
                .body("total.startRate", equalTo(0.5f))
                .body("total.productionRate", equalTo(0.25f))
                .body("total.fundsArrivalRate", equalTo(0.3f))
                .body("total.averageSigningToProductionDays", equalTo(143.0f));
    }

    private ValidatableResponse kpis(String asOf, String groupBy) {
        var request = given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("from", "2020-01").queryParam("to", "2020-12").queryParam("officer", officer);
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.when().get("/api/v1/projects/kpis").then();
    }

    private String create(String chain, long yuan, String on) {
        return ProjectRequests.create("investment-officer", """
                {"name": "截至项目", "investor": {"name": "截至投资方", "type": "OTHER"}, "plannedInvestmentYuan": %d,
                 "chainCode": "%s", "officer": "%s", "buildBeforeApproval": true, "stage": "SIGNED", "stageDate": "%s"}"""
                .formatted(yuan, chain, officer, on)).statusCode(201).extract().path("id");
    }

    private static void funds(String project, String on, long yuan, String reference) {
        given().auth().oauth2(TestTokens.forRole("investment-officer")).contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "%s", "amountYuan": %d, "reference": "%s"}""".formatted(on, yuan, reference))
                .when().post("/api/v1/projects/{id}/funds", project).then().statusCode(201);
    }
}
