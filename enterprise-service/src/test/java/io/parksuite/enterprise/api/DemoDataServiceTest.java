package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry's part of the demo data ({@code deploy/demo}), loaded step by step as
 * {@code deploy/suite demo} loads it, reproduces the figures of the source report on the park.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class DemoDataServiceTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo");

    @Test
    void theDemoDataTellsTheReportsFigures() throws IOException {
        JsonPath titlesBefore = get("/api/v1/registry/statistics/park-titles");
        JsonPath platformsBefore = get("/api/v1/registry/statistics/platforms");
        JsonPath designationsBefore = get("/api/v1/registry/statistics/designations?year=2019");
        JsonPath ledgersBefore = get("/api/v1/registry/statistics/ledgers?year=2019");

        for (String step : Files.readAllLines(DEMO.resolve("manifest.txt"))) {
            String[] field = step.strip().split("\\s+");
            if (step.isBlank() || step.startsWith("#") || !field[3].startsWith("/api/v1/enterprises")
                    && !field[3].startsWith("/api/v1/registry")) {
                continue;
            }
            given().auth().oauth2(TestTokens.forRole(field[1]))
                    .contentType(field.length > 5 ? field[5] : "application/json")
                    .body(Files.readString(DEMO.resolve("data").resolve(field[4])))
                    .when().request(field[2], field[3]).then().statusCode(anyOf(is(200), is(201)));
        }
        given().auth().oauth2(TestTokens.forRole("park-admin"))
                .when().get("/api/v1/enterprises/{uscc}/valuations", "91430112MA4D00133U")
                .then().statusCode(200).body("[0].currency", equalTo("USD")).body("[0].valuedOn", equalTo("2018-06-30"));

        JsonPath titles = get("/api/v1/registry/statistics/park-titles");
        assertEquals(14, delta(titles, titlesBefore, "byLevel.NATIONAL") + delta(titles, titlesBefore, "byLevel.PROVINCIAL"),
                "national or provincial park titles");

        JsonPath platforms = get("/api/v1/registry/statistics/platforms");
        assertEquals(4, cell(platforms, "KEY_LABORATORY", "NATIONAL") - cell(platformsBefore, "KEY_LABORATORY", "NATIONAL"));
        assertEquals(3, cell(platforms, "ENTERPRISE_TECH_CENTRE", "NATIONAL")
                - cell(platformsBefore, "ENTERPRISE_TECH_CENTRE", "NATIONAL"));
        assertEquals(3, cell(platforms, "INCUBATOR", "NATIONAL") - cell(platformsBefore, "INCUBATOR", "NATIONAL"));
        assertEquals(6, delta(platforms, platformsBefore, "byType.ACADEMICIAN_WORKSTATION")
                + delta(platforms, platformsBefore, "byType.POSTDOC_WORKSTATION"), "academician and postdoc workstations");
        assertEquals(56, cell(platforms, "ENTERPRISE_TECH_CENTRE", "PROVINCIAL") + cell(platforms, "ENTERPRISE_TECH_CENTRE", "MUNICIPAL")
                - cell(platformsBefore, "ENTERPRISE_TECH_CENTRE", "PROVINCIAL")
                - cell(platformsBefore, "ENTERPRISE_TECH_CENTRE", "MUNICIPAL"), "provincial and municipal technology centres");

        JsonPath designations = get("/api/v1/registry/statistics/designations?year=2019");
        assertEquals(20, newly(designations, "SMART_MANUFACTURING_PILOT") - newly(designationsBefore, "SMART_MANUFACTURING_PILOT"));
        assertEquals(24, newly(designations, "HIGH_TECH") - newly(designationsBefore, "HIGH_TECH"));

        JsonPath ledgers = get("/api/v1/registry/statistics/ledgers?year=2019");
        assertEquals(80, delta(ledgers, ledgersBefore, "patentNavigationEnterprises"));
        BigDecimal rewards = amount(ledgers).subtract(amount(ledgersBefore));
        assertTrue(rewards.compareTo(BigDecimal.valueOf(20_000_000)) > 0, "over 20 million yuan of rewards: " + rewards);

        JsonPath seedFirm = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("q", "澳优乳业")
                .when().get("/api/v1/enterprises").then().statusCode(200).extract().jsonPath();
        assertEquals("LOCAL", seedFirm.getString("items[0].origin"));
        assertTrue(seedFirm.getString("items[0].uscc").startsWith("91430112"), "a synthetic 望城区 code");
    }

    private static long newly(JsonPath designations, String type) {
        Object value = designations.get("find { it.type == '%s' }.newlyGranted".formatted(type));
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long cell(JsonPath counts, String type, String level) {
        Object value = counts.get("byTypeAndLevel.find { it.type == '%s' && it.level == '%s' }.platforms".formatted(type, level));
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long delta(JsonPath after, JsonPath before, String path) {
        return number(after.get(path)) - number(before.get(path));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(JsonPath ledgers) {
        return new BigDecimal(String.valueOf(ledgers.<Object>get("rewardAmountYuan")));
    }

    private static JsonPath get(String path) {
        return given().auth().oauth2(TestTokens.forRole("statistician")).when().get(path).then().statusCode(200)
                .extract().jsonPath();
    }
}
