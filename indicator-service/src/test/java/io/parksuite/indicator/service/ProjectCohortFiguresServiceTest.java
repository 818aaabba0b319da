package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pipeline's figures from project events: funds arrived by arrival date, and the cohort rates
 * of the projects signed in the year to date as they stood at each month's end, per chain.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ProjectCohortFiguresServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProjectFacts projects;

    private final String chain = "COHORT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String project(String id, long version, long planned, String signed, String dueOn, String construction,
                           String production, String funds) {
        return """
                {"id":"%s","name":"队列项目","investor":{"uscc":null,"name":"投资方","type":"OTHER","linked":false},
                 "chainCode":"%s","plannedInvestmentYuan":%d,"tier":"STANDARD","faiEligible":false,
                 "stage":"SIGNED","stageDate":"%s",
                 "milestones":{"lead":null,"negotiating":null,"signed":"%s","approving":null,"construction":%s,
                   "trialProduction":null,"production":%s,"fullProduction":null,"stalled":null,"terminated":null},
                 "completedInvestmentYuan":0,"fundsArrivedYuan":0,"startDueOn":"%s","createdAt":"2004-01-01T00:00:00Z",
                 "updatedAt":"2004-01-01T00:00:00Z","aggregateVersion":%d%s}"""
                .formatted(id, chain, planned, signed, signed, quoted(construction), quoted(production), dueOn,
                        version, funds);
    }

    private static String quoted(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    private static String funds(String reference, String arrivedOn, long amount) {
        return ",\"arrivedOn\":\"%s\",\"amountYuan\":%d,\"reference\":\"%s\"".formatted(arrivedOn, amount, reference);
    }

    private void apply(String type, String payload) throws Exception {
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), type, "/parksuite/project-service",
                null, OffsetDateTime.now(ZoneOffset.UTC), JSON.readTree(payload));
        QuarkusTransaction.requiringNew().run(() -> projects.apply(event));
    }

    private Map<String, Object> cell(String indicator, String period) {
        JsonPath body = given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", indicator).queryParam("dimension", "CHAIN").queryParam("period", period)
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        return body.getMap("cells.find { it.member == '" + chain + "' }");
    }

    private static void assertAmount(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }

    @Test
    void cohortRatesAndFundsFollowTheMilestonesAsOfEachMonthsEnd() throws Exception {
        String p1 = UUID.randomUUID().toString();
        String p2 = UUID.randomUUID().toString();
        String p3 = UUID.randomUUID().toString();
        String p4 = UUID.randomUUID().toString();
        String created = "parksuite.project.created.v1";
        String arrived = "parksuite.project.funds-arrived.v1";
        apply(created, project(p1, 1, 100, "2004-01-10", "2004-07-08", "2004-03-15", "2004-06-20", ""));
        apply(arrived, project(p1, 2, 100, "2004-01-10", "2004-07-08", "2004-03-15", "2004-06-20",
                funds("P1-A", "2004-02-10", 30)));
        apply(arrived, project(p1, 3, 100, "2004-01-10", "2004-07-08", "2004-03-15", "2004-06-20",
                funds("P1-B", "2004-05-05", 20)));
        apply(arrived, project(p1, 3, 100, "2004-01-10", "2004-07-08", "2004-03-15", "2004-06-20",
                funds("P1-B", "2004-05-05", 20)));
        apply(created, project(p2, 1, 300, "2004-02-01", "2004-07-30", "2004-09-01", null, ""));
        apply(arrived, project(p2, 2, 300, "2004-02-01", "2004-07-30", "2004-09-01", null,
                funds("P2-A", "2004-03-01", 60)));
        apply(created, project(p3, 1, 100, "2004-04-01", "2004-09-28", null, null, ""));
        apply(arrived, project(p4, 1, 900, "2003-12-01", "2004-05-29", null, null, funds("P4-A", "2004-03-03", 40)));

        assertAmount("50.0", cell("PROJECT_PERFORMANCE_RATE", "2004-03").get("ytdValue"));
        assertAmount("50.0", cell("PROJECT_START_RATE", "2004-03").get("ytdValue"));
        assertAmount("0.0", cell("PROJECT_PRODUCTION_RATE", "2004-03").get("ytdValue"));
        assertAmount("22.5", cell("FUNDS_ARRIVAL_RATE", "2004-03").get("ytdValue"));
        Map<String, Object> march = cell("FUNDS_ARRIVED", "2004-03");
        assertAmount("100", march.get("value"));
        assertAmount("130", march.get("ytdValue"));

        assertAmount("33.3", cell("PROJECT_PERFORMANCE_RATE", "2004-06").get("ytdValue"));
        assertAmount("33.3", cell("PROJECT_PRODUCTION_RATE", "2004-06").get("ytdValue"));
        assertAmount("22.0", cell("FUNDS_ARRIVAL_RATE", "2004-06").get("ytdValue"));

        assertAmount("66.7", cell("PROJECT_PERFORMANCE_RATE", "2004-09").get("ytdValue"));
        assertAmount("33.3", cell("PROJECT_START_RATE", "2004-09").get("ytdValue"));

        List<Object> series = given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", "PROJECT_PERFORMANCE_RATE").queryParam("dimension", "CHAIN")
                .queryParam("member", chain).queryParam("from", "2004-02").queryParam("to", "2004-09")
                .when().get("/api/v1/indicators/series")
                .then().statusCode(200).extract().jsonPath().using(EXACT).getList("ytdValue");
        assertEquals(List.of("0.0", "50.0", "33.3", "33.3", "33.3", "33.3", "33.3", "66.7"),
                series.stream().map(String::valueOf).toList());
    }

    @Test
    void aCohortRatesLineageCountsReproduceTheFigure() throws Exception {
        cohortRatesAndFundsFollowTheMilestonesAsOfEachMonthsEnd();
        JsonPath lineage = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", "2004-06")
                .queryParam("indicator", "PROJECT_PERFORMANCE_RATE").when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        BigDecimal counted = new BigDecimal(lineage.getString("counts[0].counted"));
        BigDecimal of = new BigDecimal(lineage.getString("counts[0].of"));
        assertEquals(0, counted.multiply(BigDecimal.valueOf(100)).divide(of, 1, java.math.RoundingMode.HALF_UP)
                .compareTo(new BigDecimal(lineage.getString("figure.ytdValue"))), lineage.prettify());
        JsonPath funds = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", "2004-06")
                .queryParam("indicator", "FUNDS_ARRIVED").when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        BigDecimal thisYear = funds.<Object>getList("activityInputs.findAll { !it.base }.value").stream()
                .map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, thisYear.compareTo(new BigDecimal(funds.getString("figure.ytdValue"))), funds.prettify());
    }

    @Test
    void thePipelinesFiguresBreakDownByChainOnly() {
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", "FUNDS_ARRIVED").queryParam("dimension", "STREET").queryParam("period", "2004-03")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dimension"));
    }
}
