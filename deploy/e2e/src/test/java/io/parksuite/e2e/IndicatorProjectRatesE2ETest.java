package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * indicator-service's project rates (履约率, 开工率, 投产率, 资金到位率) of a month equal project-service's
 * KPIs of the cohort signed from January to that month, as of its last day: projects entered,
 * moved and funded through the gateway, their events carried by Kafka to the indicator copy.
 */
class IndicatorProjectRatesE2ETest {

    private static final String CHAIN = "ELECTRONIC_INFORMATION";
    private static final String CLIENT = "e2e-project-rates";
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void theIndicatorsProjectRatesOfAMonthEqualTheKpisAsOfItsLastDay() {
        String officer = "e2e-rates-" + UUID.randomUUID().toString().substring(0, 8);
        String started = project(officer, "端到端履约项目", 1_000_000_000L, "2025-01-15");
        move(started, "APPROVING", "2025-01-20");
        move(started, "CONSTRUCTION", "2025-03-01");
        officer().contentType(ContentType.JSON).header("If-Match", etag(started)).body("{\"date\": \"2025-04-20\"}")
                .when().post("/api/v1/projects/{id}/trial-production", started).then().statusCode(200);
        move(started, "PRODUCTION", "2025-05-10");
        funds(started, "2025-02-10", 300_000_000L, "RATES-A1");
        funds(started, "2025-07-01", 100_000_000L, "RATES-A2");
        String late = project(officer, "端到端延期开工项目", 600_000_000L, "2025-02-10");
        move(late, "APPROVING", "2025-02-12");
        move(late, "CONSTRUCTION", "2025-09-15");
        funds(late, "2025-04-01", 50_000_000L, "RATES-B1");
        project(officer, "端到端待开工项目", 200_000_000L, "2025-05-05");

        JsonPath ours = kpis(officer);
        assertEquals(3, ours.getInt("total.signed"));
        assertEquals(1, ours.getInt("total.started"));
        assertEquals(1, ours.getInt("total.inProduction"));
        assertEquals(0, new BigDecimal("350000000").compareTo(new BigDecimal(ours.getString("total.fundsArrivedYuan"))));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath kpis = kpis(null);
            Map<String, BigDecimal> expected = Map.of(
                    "PROJECT_PERFORMANCE_RATE", pct(kpis, "total.started", "total.signed"),
                    "PROJECT_START_RATE", pct(kpis, "total.startedInWindow", "total.signed"),
                    "PROJECT_PRODUCTION_RATE", pct(kpis, "total.inProduction", "total.signed"),
                    "FUNDS_ARRIVAL_RATE", pct(kpis, "total.fundsArrivedYuan", "total.plannedInvestmentYuan"));
            expected.forEach((code, rate) -> {
                BigDecimal indicator = chainCell(code);
                assertTrue(indicator != null && rate.compareTo(indicator) == 0,
                        code + ": indicator-service " + indicator + ", project-service " + rate + " " + kpis.prettify());
            });
        });
    }

    private static BigDecimal pct(JsonPath kpis, String part, String whole) {
        return new BigDecimal(kpis.getString(part)).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(kpis.getString(whole)), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal chainCell(String code) {
        Object value = Gateway.request().auth().oauth2(SuiteTokens.forClient("statistician", CLIENT))
                .queryParam("indicator", code).queryParam("dimension", "CHAIN").queryParam("period", "2025-06")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT)
                .get("cells.find { it.member == '" + CHAIN + "' }.ytdValue");
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static JsonPath kpis(String officer) {
        var request = Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .queryParam("from", "2025-01").queryParam("to", "2025-06").queryParam("asOf", "2025-06-30")
                .queryParam("chain", CHAIN);
        if (officer != null) {
            request = request.queryParam("officer", officer);
        }
        return request.when().get("/api/v1/projects/kpis").then().statusCode(200)
                .body("asOf", equalTo("2025-06-30")).extract().jsonPath().using(EXACT);
    }

    private static String project(String officer, String name, long planned, String signedOn) {
        return officer().contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "investor": {"name": "端到端示例投资方有限公司", "type": "OTHER"},
                         "chainCode": "%s", "plannedInvestmentYuan": %d, "officer": "%s", "buildBeforeApproval": true,
                         "stage": "SIGNED", "stageDate": "%s"}""".formatted(name, CHAIN, planned, officer, signedOn))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    private static void funds(String id, String arrivedOn, long amount, String reference) {
        officer().contentType(ContentType.JSON)
                .body("""
                        {"arrivedOn": "%s", "amountYuan": %d, "reference": "%s-%s"}"""
                        .formatted(arrivedOn, amount, reference, id.substring(0, 8)))
                .when().post("/api/v1/projects/{id}/funds", id).then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification officer() {
        return Gateway.request().auth().oauth2(SuiteTokens.forClient("investment-officer", CLIENT));
    }

    private static String etag(String id) {
        return Gateway.request().auth().oauth2(SuiteTokens.forClient("park-leader", CLIENT))
                .when().get("/api/v1/projects/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse move(String id, String to, String date) {
        return officer().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("""
                        {"to": "%s", "date": "%s", "note": "端到端"}""".formatted(to, date))
                .when().post("/api/v1/projects/{id}/transitions", id).then().statusCode(200);
    }
}
