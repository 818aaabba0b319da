package io.parksuite.indicator.service;

import io.parksuite.indicator.Registry;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dashboard served again must follow every change it is computed from (reports, revisions,
 * classifications arriving later), and the rollup's dashboard must equal the one summed from the
 * facts. Figures are compared as differences, so data other tests left in the period does not matter.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class DashboardCacheServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final String PERIOD = "1993-05";

    @Inject
    Registry registry;

    private static JsonPath dashboard(String role, String source) {
        return given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", PERIOD)
                .queryParam("source", source)
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    private static BigDecimal ytd(JsonPath dashboard, String code) {
        Object value = dashboard.get("indicators.find { it.code == '" + code + "' }.ytdValue");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static void assertAmount(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void aDashboardReadAgainFollowsReportsRevisionsAndLateClassifications() {
        String uscc = TestUscc.random();
        String street = "CACHE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        registry.apply(Registry.snapshot(uscc, 1).street(street));
        JsonPath before = dashboard("statistician", "rollup");
        BigDecimal tax = ytd(before, "TAX");
        BigDecimal output = ytd(before, "INDUSTRIAL_OUTPUT");
        assertAmount(tax, ytd(dashboard("statistician", "rollup"), "TAX"));

        Reports.of().add(uscc, PERIOD, 1_000).send();
        JsonPath reported = dashboard("statistician", "rollup");
        assertAmount(tax.add(BigDecimal.valueOf(100)), ytd(reported, "TAX"));
        assertAmount(output, ytd(reported, "INDUSTRIAL_OUTPUT"));

        registry.apply(Registry.snapshot(uscc, 2).street(street).aboveScale(1993));
        JsonPath classified = dashboard("statistician", "rollup");
        assertAmount(output.add(BigDecimal.valueOf(1_000)), ytd(classified, "INDUSTRIAL_OUTPUT"));

        Reports.of().add(uscc, PERIOD, 3_000).send();
        JsonPath revised = dashboard("statistician", "rollup");
        assertAmount(tax.add(BigDecimal.valueOf(300)), ytd(revised, "TAX"));
        assertAmount(output.add(BigDecimal.valueOf(3_000)), ytd(revised, "INDUSTRIAL_OUTPUT"));
    }

    @Test
    void theRollupsDashboardEqualsTheOneSummedFromTheFacts() {
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).street("FACTS_" + UUID.randomUUID().toString().substring(0, 8))
                .aboveScale(1992, 1993));
        Reports.of().months(uscc, 1992, 12, 700).months(uscc, 1993, 5, 900).send();
        List<Map<String, Object>> fromRollup = dashboard("statistician", "rollup").getList("indicators");
        List<Map<String, Object>> fromFacts = dashboard("statistician", "facts").getList("indicators");
        assertEquals(fromRollup, fromFacts);
    }

    @Test
    void onlyStatisticiansAndParkAdminsSumTheDashboardFromTheFacts() {
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", PERIOD)
                .queryParam("source", "facts")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", PERIOD)
                .queryParam("source", "cache")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(422).body(containsString("source"));
    }
}
