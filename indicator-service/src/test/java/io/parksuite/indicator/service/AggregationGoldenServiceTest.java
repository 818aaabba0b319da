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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Hand-computed tables. Each test classifies its enterprises into a street (or chain) of its
 * own, so its cells hold exactly its figures whatever else the test database holds.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class AggregationGoldenServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    Registry registry;

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> cell(String indicator, String dimension, String member, String period) {
        JsonPath body = given().auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("indicator", indicator).queryParam("dimension", dimension).queryParam("period", period)
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
        Map<String, Object> found = body.getMap("cells.find { it.member == '" + member + "' }");
        if (found == null) {
            throw new AssertionError("no cell " + member + " in " + body.prettify());
        }
        return found;
    }

    private static BigDecimal number(Map<String, Object> cell, String field) {
        Object value = cell.get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static void assertNumber(String expected, Map<String, Object> cell, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(number(cell, field)),
                field + " was " + cell.get(field) + " in " + cell);
    }

    @Test
    void ausnutriaGrowsFrom6point95To10BillionWhichIs43point9Percent() {
        String street = unique("AUSNUTRIA");
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(2017, 2018)
                .chain("FOOD_PROCESSING", LocalDate.of(2010, 1, 1), null));
        Reports reports = Reports.of().add(uscc, "2017-02", 1_150_000_000L).add(uscc, "2018-02", 1_800_000_000L);
        for (int month = 3; month <= 12; month++) {
            reports.add(uscc, "2017-%02d".formatted(month), 580_000_000L);
            reports.add(uscc, "2018-%02d".formatted(month), 820_000_000L);
        }
        reports.send();

        Map<String, Object> year2018 = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2018-12");
        assertNumber("10000000000", year2018, "ytdValue");
        assertNumber("43.9", year2018, "yoyPct");
        assertNumber("43.9", year2018, "naiveYoyPct");
        assertNumber("820000000", year2018, "value");
        assertEquals("1–12月", year2018.get("ytdLabel"));
        assertNumber("1", year2018, "enterprises");
        assertNumber("6950000000", cell("INDUSTRIAL_OUTPUT", "STREET", street, "2017-12"), "ytdValue");
    }

    @Test
    void januaryAndFebruaryAreOnePeriodAndTheYearToDateIsTheSumOfTheMonths() {
        String street = unique("JANFEB");
        String a = TestUscc.random();
        String b = TestUscc.random();
        registry.apply(Registry.snapshot(a, 1).street(street).aboveScale(2016, 2017));
        registry.apply(Registry.snapshot(b, 1).street(street).aboveScale(2016, 2017));
        Reports.of().add(a, "2016-02", 200).add(b, "2016-02", 100).add(a, "2016-03", 110).add(b, "2016-03", 40)
                .add(a, "2016-04", 90).add(b, "2016-04", 60)
                .add(a, "2017-02", 260).add(b, "2017-02", 100).send();

        Map<String, Object> janFeb = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2016-02");
        assertEquals("1–2月", janFeb.get("monthLabel"));
        assertNumber("300", janFeb, "value");
        assertNumber("300", janFeb, "ytdValue");
        Map<String, Object> april = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2016-04");
        assertNumber("150", april, "value");
        assertNumber("600", april, "ytdValue");
        assertNumber("2", april, "enterprises");
        assertEquals("1–4月", april.get("ytdLabel"));
        Map<String, Object> nextJanFeb = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2017-02");
        assertNumber("20.0", nextJanFeb, "yoyPct");
        assertNumber("20.0", nextJanFeb, "monthYoyPct");
        Map<String, Object> march = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2016-03");
        assertNumber("450", march, "ytdValue");
        Map<String, Object> tax = cell("TAX", "STREET", street, "2016-04");
        assertNumber("60", tax, "ytdValue");
    }

    @Test
    void anEnterpriseEnteringTheAboveScaleSetGivesDifferentSameScopeAndNaiveGrowthBothRight() {
        String street = unique("ENTRANT");
        String incumbent = TestUscc.random();
        String entrant = TestUscc.random();
        registry.apply(Registry.snapshot(incumbent, 1).street(street).aboveScale(2018, 2019));
        registry.apply(Registry.snapshot(entrant, 1).street(street).aboveScale(2019));
        Reports.of().months(incumbent, 2018, 8, 100).months(incumbent, 2019, 8, 120)
                .months(entrant, 2018, 8, 50).months(entrant, 2019, 8, 60).send();

        Map<String, Object> august = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2019-08");
        assertNumber("1260", august, "ytdValue");
        assertNumber("20.0", august, "yoyPct");
        assertNumber("80.0", august, "naiveYoyPct");
        assertNumber("2", august, "enterprises");
        Map<String, Object> allReporters = cell("SALES_OUTPUT", "STREET", street, "2018-08");
        assertNumber("700", allReporters, "ytdValue");
        Map<String, Object> taxAll = cell("TAX", "STREET", street, "2018-08");
        assertNumber("105", taxAll, "ytdValue");
    }

    @Test
    void aFinalRevisionReplacesThePreliminaryFigure() {
        String street = unique("REVISED");
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(2019));
        Reports.of().add(uscc, "2019-02", 400).add(uscc, "2019-03", 100).send();
        assertNumber("500", cell("INDUSTRIAL_OUTPUT", "STREET", street, "2019-03"), "ytdValue");

        Reports.of().add(uscc, "2019-03", "FINAL", BigDecimal.valueOf(150)).send();
        Map<String, Object> march = cell("INDUSTRIAL_OUTPUT", "STREET", street, "2019-03");
        assertNumber("150", march, "value");
        assertNumber("550", march, "ytdValue");
        assertNumber("1", march, "enterprises");
    }

    @Test
    void aChainGrowsByMoreThanTwentyPercentAndMembershipIsEffectiveDated() {
        String chain = unique("CHAIN");
        String a = TestUscc.random();
        String b = TestUscc.random();
        String joiner = TestUscc.random();
        registry.apply(Registry.snapshot(a, 1).chain(chain, LocalDate.of(2015, 1, 1), null).aboveScale(2018, 2019));
        registry.apply(Registry.snapshot(b, 1).chain(chain, LocalDate.of(2015, 1, 1), null).aboveScale(2018, 2019));
        registry.apply(Registry.snapshot(joiner, 1).chain(chain, LocalDate.of(2019, 6, 15), null).aboveScale(2018, 2019));
        Reports.of().months(a, 2018, 8, 300).months(a, 2019, 8, 380)
                .months(b, 2018, 8, 200).months(b, 2019, 8, 240)
                .months(joiner, 2018, 8, 1000).months(joiner, 2019, 8, 1000).send();
        given().auth().oauth2(TestTokens.forRole("park-admin")).contentType("application/json")
                .body("""
                        [{"indicatorCode":"INDUSTRIAL_OUTPUT","year":2019,"dimension":"CHAIN","member":"%s",
                          "targetValue":10000}]""".formatted(chain))
                .when().put("/api/v1/indicators/targets").then().statusCode(200);

        Map<String, Object> may = cell("INDUSTRIAL_OUTPUT", "CHAIN", chain, "2019-05");
        assertNumber("2480", may, "ytdValue");
        assertNumber("24.0", may, "yoyPct");
        assertNumber("2", may, "enterprises");
        Map<String, Object> august = cell("INDUSTRIAL_OUTPUT", "CHAIN", chain, "2019-08");
        assertNumber("7340", august, "ytdValue");
        assertNumber("12.9", august, "yoyPct");
        assertNumber("3", august, "enterprises");
        assertNumber("73.4", august, "targetProgressPct");
        assertNumber("10000", august, "target");
        Map<String, Object> july = cell("INDUSTRIAL_OUTPUT", "CHAIN", chain, "2019-07");
        assertNumber("5720", july, "ytdValue");
        assertNumber("14.4", july, "yoyPct");
        assertNumber("-1.5", august, "ppChange");
    }

    @Test
    void theDashboardRanksTheParkAmongPeersAndShowsOfficialValueAdded() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        String c = TestUscc.random();
        for (String uscc : new String[]{a, b, c}) {
            registry.apply(Registry.snapshot(uscc, 1).street(unique("RANK")).aboveScale(2008, 2009)
                    .designation("HIGH_TECH", 2009));
        }
        Reports.of().months(a, 2008, 8, 100).months(b, 2008, 8, 100).months(c, 2008, 8, 300)
                .months(a, 2009, 8, 120).months(b, 2009, 8, 120).months(c, 2009, 8, 360).send();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("""
                        [{"parkCode":"CHANGSHA_ETDZ","indicatorCode":"INDUSTRIAL_OUTPUT","period":"2009-08","ytdValue":9000,"ytdGrowthPct":30.0,"source":"市统计局"},
                         {"parkCode":"CHANGSHA_HIDZ","indicatorCode":"INDUSTRIAL_OUTPUT","period":"2009-08","ytdValue":8000,"ytdGrowthPct":10.0,"source":"市统计局"},
                         {"parkCode":"LIUYANG_ETDZ","indicatorCode":"INDUSTRIAL_OUTPUT","period":"2009-08","ytdValue":7000,"ytdGrowthPct":5.0,"source":"市统计局"},
                         {"parkCode":"WANGCHENG_ETDZ","indicatorCode":"INDUSTRIAL_VALUE_ADDED","period":"2009-07","ytdValue":430,"ytdGrowthPct":8.0,"source":"市统计局"},
                         {"parkCode":"WANGCHENG_ETDZ","indicatorCode":"INDUSTRIAL_VALUE_ADDED","period":"2009-08","ytdValue":500,"ytdGrowthPct":8.5,"source":"市统计局"}]""")
                .when().post("/api/v1/indicators/official-figures").then().statusCode(200);

        JsonPath dashboard = given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("period", "2009-08")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(200).extract().jsonPath().using(EXACT);
        Map<String, Object> output = dashboard.getMap("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }");
        assertNumber("4200", output, "ytdValue");
        assertNumber("20.0", output, "yoyPct");
        assertNumber("2", output, "rank");
        assertNumber("4", output, "rankOf");
        assertNumber("100.0", output, "sharePct");
        Map<String, Object> valueAdded = dashboard.getMap("indicators.find { it.code == 'INDUSTRIAL_VALUE_ADDED' }");
        assertEquals("OFFICIAL", valueAdded.get("source"));
        assertNumber("500", valueAdded, "ytdValue");
        assertNumber("70", valueAdded, "value");
        assertNumber("8.5", valueAdded, "yoyPct");
        assertNumber("0.5", valueAdded, "ppChange");
        Map<String, Object> highTech = dashboard.getMap("indicators.find { it.code == 'HIGH_TECH_ENTERPRISES' }");
        assertNumber("3", highTech, "ytdValue");
        assertNumber("3", highTech, "enterprises");
        assertEquals("1–8月", dashboard.getString("ytdLabel"));

        ReleaseCalendar.release("2009-08");
        JsonPath ranking = given().auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").queryParam("period", "2009-08")
                .when().get("/api/v1/indicators/rankings").then().statusCode(200).extract().jsonPath().using(EXACT);
        assertEquals(java.util.List.of("CHANGSHA_ETDZ", "WANGCHENG_ETDZ", "CHANGSHA_HIDZ", "LIUYANG_ETDZ"),
                ranking.getList("parks.parkCode"));
        assertEquals(java.util.List.of(1, 2, 3, 4), ranking.getList("parks.rank", Integer.class));
        assertNull(dashboard.get("indicators.find { it.code == 'FIXED_ASSET_INVESTMENT' }"));
    }
}
