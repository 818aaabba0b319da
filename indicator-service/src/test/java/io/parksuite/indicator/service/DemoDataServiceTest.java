package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.CaseTimelineEvents;
import io.parksuite.indicator.DemoRegistry;
import io.parksuite.indicator.Registry;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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

    @Inject
    CloudEventRecords cloudEvents;

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

    /**
     * The demo's approval history, imported as approval-service imports it (online, no visit, the bundle's or item's
     * promised limit, working days from acceptance on the shipped holiday calendar), reaches the desk KPIs of 2019-08
     * through the case-timelines alone: all 14 submitted online, all 15 concluded with at most one visit, 4.6 working
     * days on average (69 over 15; 6.3 promised), one concluded late (WC2019-SX-073103, XF-001, 8 of 5 days on 08-12).
     * The figure's target is the promised average of the year to date, 6.7.
     */
    @Test
    void theDemoHistoryReachesTheDeskKpisOfAugust2019() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> promised = new HashMap<>();
        Map<String, Integer> statutory = new HashMap<>();
        for (JsonNode item : json.readTree(DATA.resolve("approval-service-items.json").toFile())) {
            promised.put(item.get("code").asText(), item.get("promisedLimitDays").asInt());
            statutory.put(item.get("code").asText(), item.hasNonNull("statutoryLimitDays")
                    ? item.get("statutoryLimitDays").asInt() : null);
        }
        for (JsonNode bundle : json.readTree(DATA.resolve("approval-bundles.json").toFile())) {
            promised.put(bundle.get("code").asText(), bundle.get("promisedLimitDays").asInt());
            boolean anyStatutory = false;
            for (JsonNode item : bundle.get("itemCodes")) {
                anyStatutory |= statutory.get(item.asText()) != null;
            }
            statutory.put(bundle.get("code").asText(), anyStatutory ? 45 : null);
        }
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        JsonNode history = json.readTree(DATA.resolve("approval-history.json").toFile());
        assertEquals(55, history.size());
        for (JsonNode c : history) {
            String code = c.hasNonNull("bundleCode") ? c.get("bundleCode").asText() : c.get("itemCode").asText();
            OffsetDateTime acceptedAt = OffsetDateTime.parse(c.get("acceptedAt").asText());
            OffsetDateTime concludedAt = OffsetDateTime.parse(c.get("concludedAt").asText());
            LocalDate acceptedOn = WorkingCalendar.dateOf(acceptedAt.toInstant());
            LocalDate concludedOn = WorkingCalendar.dateOf(concludedAt.toInstant());
            LocalDate deadline = calendar.addWorkingDays(acceptedOn, promised.get(code));
            String reference = c.get("referenceNumber").asText();
            CaseTimelineEvents.Case timeline = new CaseTimelineEvents.Case(
                    UUID.nameUUIDFromBytes(("demo-history " + reference).getBytes(StandardCharsets.UTF_8)), reference,
                    "ONLINE", "ARCHIVED", 0, OffsetDateTime.parse(c.get("submittedAt").asText()), acceptedAt,
                    concludedAt, c.get("result").asText(), promised.get(code), statutory.get(code), deadline,
                    calendar.workingDaysBetween(acceptedOn, concludedOn), !concludedOn.isAfter(deadline), 0);
            TopicWriter.send(cloudEvents.toRecord("approval.events", CaseTimelineEvents.event(
                    UUID.nameUUIDFromBytes(("demo-history-timeline " + reference).getBytes(StandardCharsets.UTF_8)),
                    timeline, CaseTimelineEvents.TYPE, CaseTimelineEvents.payload(timeline))));
        }
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-releases.json")))
                .when().put("/api/v1/indicators/releases").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath august = given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2019-08")
                    .when().get("/api/v1/indicators/dashboard").then().statusCode(200).extract().jsonPath().using(EXACT);
            assertEquals("100", desk(august, "ONLINE_RATE", "value"));
            assertEquals("100", desk(august, "ONE_VISIT_RATE", "value"));
            assertEquals("4.6", desk(august, "AVERAGE_WORKING_DAYS", "value"));
            assertEquals("1", desk(august, "OVERDUE_APPLICATIONS", "value"));
            assertEquals("100", desk(august, "ONLINE_RATE", "ytdValue"));
            assertEquals("6", desk(august, "AVERAGE_WORKING_DAYS", "ytdValue"), "247 working days over 41 cases");
            assertEquals("6.7", desk(august, "AVERAGE_WORKING_DAYS", "target"), "275 promised days over 41 cases");
            assertEquals("4", desk(august, "OVERDUE_APPLICATIONS", "ytdValue"), "concluded late 04-26, 06-12, 06-14, 08-12");
        });
        List<Object[]> lineage = List.of(
                new Object[]{"ONLINE_RATE", 14, 14}, new Object[]{"ONE_VISIT_RATE", 15, 15},
                new Object[]{"AVERAGE_WORKING_DAYS", 69, 15});
        for (Object[] expected : lineage) {
            JsonPath counts = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", "2019-08")
                    .queryParam("indicator", expected[0]).when().get("/api/v1/indicators/lineage")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(Map.of("window", "MONTH", "counted", expected[1], "of", expected[2]),
                    counts.getMap("counts.find { it.window == 'MONTH' }"), (String) expected[0]);
        }
    }

    private static String desk(JsonPath dashboard, String code, String field) {
        Object value = dashboard.get("indicators.find { it.code == '" + code + "' }." + field);
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal annual(String uscc, int year) {
        List<Object> values = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("year", year)
                .when().get("/api/v1/statistical-reports/{uscc}", uscc)
                .then().statusCode(200).extract().jsonPath().using(EXACT).getList("outputValueYuan");
        return values.stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
