package io.parksuite.indicator.service;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.ReleaseCalendar;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计法: the ways a reader without access to enterprise figures could still work one out, each
 * tried against what the service publishes. Each test owns years no other test reports in.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class DisclosureAttacksServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final BigDecimal P = new BigDecimal("0.10");

    @Inject
    Registry registry;

    private static JsonPath get(String token, String path, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get(path)
                .then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    private static Map<String, Object> output(JsonPath dashboard) {
        return dashboard.getMap("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }");
    }

    @Test
    void theRankingWithholdsTheParkFigureTheDashboardWithholds() {
        String only = TestUscc.random();
        registry.apply(Registry.snapshot(only, 1).street("R_ONLY").aboveScale(1995, 1996));
        Reports.of().months(only, 1995, 3, 400).months(only, 1996, 3, 500).send();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("""
                        [{"parkCode":"CHANGSHA_ETDZ","indicatorCode":"INDUSTRIAL_OUTPUT","period":"1996-03","ytdValue":9000,"ytdGrowthPct":9.0,"source":"市统计局"}]""")
                .when().post("/api/v1/indicators/official-figures").then().statusCode(200);
        ReleaseCalendar.release("1996-03");

        Map<String, String> query = Map.of("period", "1996-03");
        assertTrue((Boolean) output(get(TestTokens.forRole("park-leader"), "/api/v1/indicators/dashboard", query))
                .get("suppressed"), "one enterprise's output is withheld on the dashboard");
        JsonPath ranking = get(TestTokens.forRole("park-leader"), "/api/v1/indicators/rankings",
                Map.of("indicator", "INDUSTRIAL_OUTPUT", "period", "1996-03"));
        for (Map<String, Object> park : ranking.<Map<String, Object>>getList("parks")) {
            assertFalse((Boolean) park.get("own"), "the park is not ranked on a withheld figure: " + park);
            assertFalse(new BigDecimal("1000").compareTo((BigDecimal) park.get("ytdValue")) == 0,
                    "the single enterprise's output appears in the ranking: " + park);
        }
        assertEquals(List.of("CHANGSHA_ETDZ"), ranking.getList("parks.parkCode"));

        JsonPath open = get(TestTokens.forRole("statistician"), "/api/v1/indicators/rankings",
                Map.of("indicator", "INDUSTRIAL_OUTPUT", "period", "1996-03"));
        assertEquals(List.of("WANGCHENG_ETDZ", "CHANGSHA_ETDZ"), open.getList("parks.parkCode"),
                "the statistics office still sees the park ranked");
    }

    @Test
    void aGrowthRateOnABaseOfOneEnterpriseIsWithheldEverywhere() {
        String[] usccs = {TestUscc.random(), TestUscc.random(), TestUscc.random(), TestUscc.random()};
        long[] outputs = {1000, 900, 800, 700};
        Reports reports = Reports.of();
        for (int i = 0; i < usccs.length; i++) {
            registry.apply(Registry.snapshot(usccs[i], 1).street("B_BASE").aboveScale(i == 0 ? new int[]{1996, 1997}
                    : new int[]{1997}));
            reports.months(usccs[i], 1997, 3, outputs[i]);
        }
        reports.months(usccs[0], 1996, 3, 500).send();
        ReleaseCalendar.release("1997-02", "1997-03");
        BigDecimal baseOfOne = new BigDecimal("1000");

        JsonPath statistician = get(TestTokens.forRole("statistician"), "/api/v1/indicators/dashboard",
                Map.of("period", "1997-03"));
        BigDecimal ytd = (BigDecimal) output(statistician).get("ytdValue");
        BigDecimal yoy = (BigDecimal) output(statistician).get("yoyPct");
        assertNotNull(yoy, "the statistics office sees the growth");
        assertTrue(derivedBase(ytd, yoy).subtract(baseOfOne).abs().compareTo(BigDecimal.ONE) < 0,
                "the attack works on the unchecked growth: ytd / (1 + growth) is the one enterprise's figure");

        List<Map<String, Object>> published = new ArrayList<>();
        published.add(output(get(TestTokens.forRole("park-leader"), "/api/v1/indicators/dashboard",
                Map.of("period", "1997-03"))));
        ReleaseCalendar.publish("1997-03");
        published.add(given().queryParam("period", "1997-03").when().get("/api/v1/open-data/indicators")
                .then().statusCode(200).extract().jsonPath().using(EXACT)
                .getMap("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }"));
        published.addAll(get(TestTokens.forRole("gov-system"), "/api/v1/indicators/breakdown",
                Map.of("dimension", "STREET", "period", "1997-03")).getList("cells.findAll { it.member == 'B_BASE' }"));
        published.addAll(get(TestTokens.forRole("investment-officer"), "/api/v1/indicators/series",
                Map.of("from", "1997-02", "to", "1997-03")).getList("$"));
        for (Map<String, Object> figure : published) {
            assertFalse(Boolean.TRUE.equals(figure.get("suppressed")), "the cell itself has four enterprises: " + figure);
            assertNotNull(figure.get("ytdValue"));
            for (String growth : List.of("yoyPct", "monthYoyPct", "naiveYoyPct", "ppChange")) {
                assertNull(figure.get(growth), growth + " on a base of one enterprise: " + figure);
            }
        }
        JsonPath ranking = get(TestTokens.forRole("park-leader"), "/api/v1/indicators/rankings",
                Map.of("indicator", "INDUSTRIAL_OUTPUT", "period", "1997-03"));
        assertTrue(ranking.getList("parks.ytdGrowthPct").isEmpty(), "no growth of the park is ranked");
    }

    private static BigDecimal derivedBase(BigDecimal ytd, BigDecimal yoyPct) {
        return ytd.divide(BigDecimal.ONE.add(yoyPct.movePointLeft(2)), MathContext.DECIMAL64);
    }

    @Test
    void theSecondLargestContributorCannotEstimateTheLargestBySubtractingItself() {
        String largest = TestUscc.random();
        String second = TestUscc.random();
        String third = TestUscc.random();
        Reports reports = Reports.of();
        long[][] streets = {{800, 150, 50}, {400, 400, 400}, {500, 500, 500, 500}};
        String[] names = {"S_DOMINANT", "S_EVEN", "S_WIDE"};
        for (int s = 0; s < streets.length; s++) {
            for (int e = 0; e < streets[s].length; e++) {
                String uscc = s == 0 ? new String[]{largest, second, third}[e] : TestUscc.random();
                registry.apply(Registry.snapshot(uscc, 1).street(names[s]).aboveScale(1998));
                reports.months(uscc, 1998, 3, streets[s][e]);
            }
        }
        reports.send();
        ReleaseCalendar.release("1998-02", "1998-03");
        BigDecimal largestYtd = new BigDecimal("1600");
        BigDecimal ownYtd = new BigDecimal("300");

        for (String token : List.of(TestTokens.forEnterprise(second), TestTokens.forRole("park-leader"))) {
            JsonPath breakdown = get(token, "/api/v1/indicators/breakdown", Map.of("dimension", "STREET", "period",
                    "1998-03"));
            List<BigDecimal> sums = new ArrayList<>();
            BigDecimal publishedSum = BigDecimal.ZERO;
            for (Map<String, Object> cell : breakdown.<Map<String, Object>>getList("cells")) {
                if (!(Boolean) cell.get("suppressed")) {
                    sums.add((BigDecimal) cell.get("ytdValue"));
                    publishedSum = publishedSum.add((BigDecimal) cell.get("ytdValue"));
                }
            }
            BigDecimal total = breakdown.get("total.ytdValue");
            sums.add(total.subtract(publishedSum));
            assertTrue(breakdown.getBoolean("cells.find { it.member == 'S_DOMINANT' }.suppressed"));
            for (BigDecimal sum : sums) {
                BigDecimal estimate = sum.subtract(ownYtd);
                assertTrue(estimate.subtract(largestYtd).abs().compareTo(largestYtd.multiply(P)) > 0,
                        "the second contributor estimates the largest as " + estimate + " from " + sum);
            }
        }
    }
}
