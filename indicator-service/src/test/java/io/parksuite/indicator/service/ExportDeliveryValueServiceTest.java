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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 出口交货值 flows from an enterprise's report into the rollup, the breakdown with its same-scope
 * growth, and the park dashboard, and is refused above the sales output it is part of.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class ExportDeliveryValueServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    Registry registry;

    private static Map<String, Object> streetCell(String street, String period) {
        JsonPath body = given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", "EXPORT_DELIVERY_VALUE").queryParam("dimension", "STREET")
                .queryParam("period", period)
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        return body.getMap("cells.find { it.member == '" + street + "' }");
    }

    private static BigDecimal parkYtd(String period) {
        Object value = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", period)
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200).extract().jsonPath().using(EXACT)
                .get("indicators.find { it.code == 'EXPORT_DELIVERY_VALUE' }.ytdValue");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static void assertAmount(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }

    @Test
    void exportValueFlowsFromReportsToTheBreakdownAndTheDashboardWithItsSameScopeGrowth() {
        String street = "EXPORT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String exporter = TestUscc.random();
        String domestic = TestUscc.random();
        registry.apply(Registry.snapshot(exporter, 1).street(street).aboveScale(1996, 1997));
        registry.apply(Registry.snapshot(domestic, 1).street(street).aboveScale(1996, 1997));
        BigDecimal parkBefore = parkYtd("1997-03");

        Reports.of().addExport(exporter, "1996-02", 1_000, 200).addExport(exporter, "1996-03", 1_000, 300)
                .addExport(exporter, "1997-02", 1_200, 250).addExport(exporter, "1997-03", 1_100, 350)
                .add(domestic, "1996-02", 5_000).add(domestic, "1996-03", 5_000)
                .add(domestic, "1997-02", 6_000).add(domestic, "1997-03", 6_000).send();

        Map<String, Object> march = streetCell(street, "1997-03");
        assertAmount("350", march.get("value"));
        assertAmount("600", march.get("ytdValue"));
        assertAmount("20.0", march.get("yoyPct"));
        assertAmount("2", march.get("enterprises"));
        assertAmount(parkBefore.add(BigDecimal.valueOf(600)).toPlainString(), parkYtd("1997-03"));

        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get("/api/v1/statistical-reports/{uscc}/{period}", domestic, "1997-02")
                .then().statusCode(200).body("exportDeliveryValueYuan", equalTo(0.0f));
    }

    @Test
    void anExportValueAboveTheSalesOutputIsRefusedAndNothingIsWritten() {
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).aboveScale(1996));
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("""
                        [{"uscc":"%s","period":"1996-05","outputValueYuan":900,"salesOutputYuan":800,
                          "revenueYuan":800,"taxYuan":10,"employees":3},
                         {"uscc":"%s","period":"1996-06","outputValueYuan":900,"salesOutputYuan":800,
                          "revenueYuan":800,"taxYuan":10,"employees":3,"exportDeliveryValueYuan":801}]"""
                        .formatted(uscc, uscc))
                .when().post("/api/v1/statistical-reports/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[2].exportDeliveryValueYuan"))
                .body("errors[0].message", containsString("salesOutputYuan"));
        given().auth().oauth2(TestTokens.forRole("statistician"))
                .when().get("/api/v1/statistical-reports/{uscc}/{period}", uscc, "1996-05")
                .then().statusCode(404);
    }
}
