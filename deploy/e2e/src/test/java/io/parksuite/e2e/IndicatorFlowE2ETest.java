package io.parksuite.e2e;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reports in, dashboard out, through the gateway: an enterprise registered and designated
 * above-scale in the registry reaches the indicator service by its events (behind whatever backlog
 * the topic holds); a statistician's bulk
 * upload of its monthly reports moves the park's 规模工业总产值 by exactly their sum (the suite's
 * database may hold earlier runs, so the test compares before and after); the enterprise reads
 * its own report, and nobody without a token reads anything but the open-data feed.
 */
class IndicatorFlowE2ETest {

    private static final int YEAR = 2011;
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void reportsSubmittedThroughTheGatewayMoveTheDashboard() {
        String uscc = TestUscc.random();
        String admin = SuiteTokens.forClient("park-admin", "e2e-indicators");
        Gateway.request().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"uscc": "%s", "name": "指标端到端测试企业%s"}""".formatted(uscc, uscc.substring(12)))
                .when().post("/api/v1/enterprises").then().statusCode(201);
        for (int year : new int[]{YEAR - 1, YEAR}) {
            Gateway.request().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("""
                            {"type": "ABOVE_SCALE_INDUSTRY", "year": %d}""".formatted(year))
                    .when().post("/api/v1/enterprises/{uscc}/designations", uscc)
                    .then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician"))
                        .when().get("/api/v1/indicators/enterprises/{uscc}", uscc)
                        .then().statusCode(200).body("aggregateVersion", greaterThanOrEqualTo(2)));

        BigDecimal before = ytdOutput();
        String csv = """
                uscc,period,status,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees
                %1$s,%2$d-02,FINAL,1000,950,990,50,20
                %1$s,%2$d-02,FINAL,800,760,790,40,20
                %1$s,%3$d-03,PRELIMINARY,700,650,690,30,21
                """.formatted(uscc, YEAR - 1, YEAR);
        Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician")).contentType("text/csv; charset=UTF-8")
                .body(csv).when().post("/api/v1/statistical-reports/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[2].period"))
                .body("errors[0].message", containsString("duplicates row 1"));

        String valid = """
                uscc,period,status,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees
                %1$s,%2$d-02,FINAL,1000,950,990,50,20
                %1$s,%2$d-03,FINAL,800,760,790,40,20
                %1$s,%3$d-02,PRELIMINARY,1250,1200,1240,60,21
                %1$s,%3$d-03,PRELIMINARY,950,900,940,45,21
                """.formatted(uscc, YEAR - 1, YEAR);
        String key = "e2e-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician")).contentType("text/csv; charset=UTF-8")
                    .header("Idempotency-Key", key).body(valid)
                    .when().post("/api/v1/statistical-reports/bulk")
                    .then().statusCode(200).body("imported", equalTo(4));
        }

        assertEquals(0, before.add(new BigDecimal("2200")).compareTo(ytdOutput()),
                "the dashboard's 1–3月 output grew by this enterprise's reports, once");
        Gateway.request().auth().oauth2(SuiteTokens.forEnterprise(uscc))
                .when().get("/api/v1/statistical-reports/{uscc}/{period}", uscc, YEAR + "-03")
                .then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("PRELIMINARY"));
        Gateway.request().auth().oauth2(SuiteTokens.forEnterprise(TestUscc.random()))
                .when().get("/api/v1/statistical-reports/{uscc}/{period}", uscc, YEAR + "-03")
                .then().statusCode(403).contentType("application/problem+json");
        Gateway.request().when().get("/api/v1/indicators/dashboard?period=" + YEAR + "-03")
                .then().statusCode(401);
        // Open data shows published periods only (统计法): the statistics office records the release
        // (409: released by an earlier run; 404: the service has no release step)
        Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician")).contentType(ContentType.JSON)
                .body("""
                        {"releasedAt": "%s"}""".formatted(OffsetDateTime.now().minusHours(1)))
                .when().put("/api/v1/indicators/releases/{period}", YEAR + "-03")
                .then().statusCode(anyOf(is(200), is(201), is(204), is(409), is(404)));
        // and publishes the period (a new revision, with its note, when this run's reports changed it).
        Gateway.request().auth().oauth2(SuiteTokens.forRole("statistician")).contentType(ContentType.JSON)
                .body("{\"note\": \"end-to-end run\"}")
                .when().post("/api/v1/indicators/publications/{period}", YEAR + "-03")
                .then().statusCode(anyOf(is(200), is(201)));
        Gateway.request().when().get("/api/v1/open-data/indicators?period=" + YEAR + "-03")
                .then().statusCode(200).body("park", equalTo("WANGCHENG_ETDZ"));
    }

    private static BigDecimal ytdOutput() {
        Object value = Gateway.request().auth().oauth2(SuiteTokens.forRole("park-admin"))
                .queryParam("period", YEAR + "-03")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200).extract().jsonPath().using(EXACT)
                .get("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
