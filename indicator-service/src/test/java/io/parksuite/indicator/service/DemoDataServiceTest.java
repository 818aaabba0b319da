package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.DemoRegistry;
import io.parksuite.indicator.Registry;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo data of {@code deploy/demo} tells the seed's story: 澳优's output is 6.95 billion
 * yuan in 2017 and 10.0 billion in 2018, and each of the three leading chains grows by more than
 * 20% in 1–8月 2019 on the same-scope base.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class DemoDataServiceTest {

    private static final Path DATA = Path.of("../deploy/demo/data");
    private static final String AUSNUTRIA = "91430112MA4D000046";
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    Registry registry;

    @Test
    void theDemoDataReproducesTheSeedFigures() throws Exception {
        Map<String, Registry.Snapshot> snapshots = DemoRegistry.snapshots(1);
        snapshots.values().forEach(registry::apply);

        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv; charset=UTF-8")
                .body(Files.readString(DATA.resolve("indicator-reports-2017-2019.csv")))
                .when().post("/api/v1/statistical-reports/bulk")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-official-figures.json")))
                .when().post("/api/v1/indicators/official-figures").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-targets.json")))
                .when().put("/api/v1/indicators/targets").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-releases.json")))
                .when().put("/api/v1/indicators/releases").then().statusCode(200);

        assertEquals(0, new BigDecimal("6950000000").compareTo(annual(AUSNUTRIA, 2017)));
        assertEquals(0, new BigDecimal("10000000000").compareTo(annual(AUSNUTRIA, 2018)));

        JsonPath chains = given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").queryParam("dimension", "CHAIN")
                .queryParam("period", "2019-08")
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        for (String chain : List.of("NONFERROUS_ADVANCED_MANUFACTURING", "FOOD_PROCESSING", "ELECTRONIC_INFORMATION")) {
            Map<String, Object> cell = chains.getMap("cells.find { it.member == '" + chain + "' }");
            assertEquals(false, cell.get("suppressed"), chain);
            BigDecimal growth = new BigDecimal(cell.get("yoyPct").toString());
            assertTrue(growth.compareTo(BigDecimal.valueOf(20)) > 0, chain + " grew " + growth + "%");
        }
        assertTrue(new BigDecimal(chains.get("cells.find { it.member == 'NONFERROUS_ADVANCED_MANUFACTURING' }.targetProgressPct")
                .toString()).compareTo(BigDecimal.valueOf(50)) > 0);

        JsonPath dashboard = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2019-08")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals(1, (Integer) dashboard.get("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.rank"));
        assertEquals(5, (Integer) dashboard.get("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.rankOf"));
        assertEquals("OFFICIAL", dashboard.get("indicators.find { it.code == 'INDUSTRIAL_VALUE_ADDED' }.source"));
        assertEquals(0, new BigDecimal("11.2").compareTo(
                dashboard.get("indicators.find { it.code == 'INDUSTRIAL_VALUE_ADDED' }.yoyPct")));

        String counted = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2019-08")
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage").then().statusCode(200).extract().asString();
        System.out.println("Lineage of the demo's 2019-08 INDUSTRIAL_OUTPUT as park-leader sees it: " + counted);
        assertFalse(counted.contains("\"uscc\"") || counted.contains(AUSNUTRIA), counted);
        JsonPath lineage = new JsonPath(counted).using(EXACT);
        assertEquals(0, new BigDecimal(dashboard.get("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue")
                .toString()).compareTo(new BigDecimal(lineage.get("totals.ytdValue").toString())));
        assertEquals((Integer) dashboard.get("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.enterprises"),
                lineage.get("totals.reporting"));
        assertEquals(2019, (Integer) lineage.get("rules.classificationYear"));

        assertOpenData(dashboard);
    }

    /** The demo publishes every released period, so open data serves what the park's roles read. */
    private static void assertOpenData(JsonPath dashboard) throws Exception {
        String publications = Files.readString(DATA.resolve("indicator-publications.json"));
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json").body(publications)
                .when().post("/api/v1/indicators/publications").then().statusCode(200);
        JsonPath open = given().queryParam("period", "2019-08").when().get("/api/v1/open-data/indicators")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        for (String code : List.of("INDUSTRIAL_OUTPUT", "INDUSTRIAL_VALUE_ADDED", "TAX")) {
            assertEquals(dashboard.getString("indicators.find { it.code == '" + code + "' }.ytdValue"),
                    open.getString("indicators.find { it.code == '" + code + "' }.ytdValue"), code);
        }
        List<String> periods = new ObjectMapper().readTree(publications).findValuesAsText("period");
        JsonPath catalogue = given().when().get("/api/v1/open-data/datasets/park-indicators")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(catalogue.getList("periods").containsAll(periods), "every demo period is open data");
        System.out.println("Open-data catalogue entry of the demo: " + catalogue.prettify());
        List<Boolean> created = given().auth().oauth2(TestTokens.forRole("statistician"))
                .contentType("application/json").body(publications).when().post("/api/v1/indicators/publications")
                .then().statusCode(200).extract().path("created");
        assertEquals(periods.size(), created.size());
        assertTrue(created.stream().noneMatch(Boolean::booleanValue), "a repeated demo publishes nothing new");
    }

    private static BigDecimal annual(String uscc, int year) {
        List<Object> values = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("year", year)
                .when().get("/api/v1/statistical-reports/{uscc}", uscc)
                .then().statusCode(200).extract().jsonPath().using(EXACT).getList("outputValueYuan");
        return values.stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
