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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计法 disclosure control. Each test owns a year no other test reports in, so the park's cells
 * of that year hold exactly its enterprises.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class DisclosureControlServiceTest {

    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    Registry registry;

    private void street(int year, String street, long... outputs) {
        ReleaseCalendar.release(year + "-02", year + "-03");
        Reports reports = Reports.of();
        for (long output : outputs) {
            String uscc = TestUscc.random();
            registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(year));
            reports.add(uscc, year + "-02", output).add(uscc, year + "-03", output);
        }
        reports.send();
    }

    private static JsonPath breakdown(String role, String period) {
        return given().auth().oauth2(TestTokens.forRole(role))
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").queryParam("dimension", "STREET")
                .queryParam("period", period)
                .when().get("/api/v1/indicators/breakdown")
                .then().statusCode(200).extract().jsonPath().using(EXACT);
    }

    @Test
    void smallAndDominatedCellsAreSuppressedWithAComplementAndNoneCanBeDerived() {
        street(2006, "E1_FIVE", 100, 100, 100, 100, 100);
        street(2006, "E2_TWO", 300, 300);
        street(2006, "E3_SMALLEST", 10, 10, 10, 10);
        street(2006, "E4_THREE", 200, 210, 220);
        street(2006, "E5_DOMINATED", 10, 10, 10, 1000);

        JsonPath open = breakdown("statistician", "2006-03");
        Map<String, BigDecimal> truth = new HashMap<>();
        for (Map<String, Object> cell : open.<Map<String, Object>>getList("cells")) {
            assertEquals(false, cell.get("suppressed"), "statisticians see every cell: " + cell);
            truth.put((String) cell.get("member"), (BigDecimal) cell.get("ytdValue"));
        }
        assertEquals(0, new BigDecimal("1200").compareTo(truth.get("E2_TWO")));
        assertEquals(0, new BigDecimal("2060").compareTo(truth.get("E5_DOMINATED")));

        JsonPath leader = breakdown("park-leader", "2006-03");
        List<Map<String, Object>> cells = leader.getList("cells");
        Map<String, Boolean> suppressed = new HashMap<>();
        cells.forEach(c -> suppressed.put((String) c.get("member"), (Boolean) c.get("suppressed")));
        assertEquals(Map.of("E1_FIVE", false, "E2_TWO", true, "E3_SMALLEST", false, "E4_THREE", false,
                "E5_DOMINATED", true), suppressed, "two primary suppressions need no complement");
        for (Map<String, Object> cell : cells) {
            if ((Boolean) cell.get("suppressed")) {
                assertNull(cell.get("ytdValue"));
                assertNull(cell.get("value"));
                assertNull(cell.get("sharePct"));
                assertNull(cell.get("yoyPct"));
                assertNull(cell.get("enterprises"));
            }
        }
        assertCannotDerive(leader, truth);
    }

    @Test
    void aSingleSuppressedCellGetsTheSmallestPublishedCellAsItsComplement() {
        street(2005, "F1_FIVE", 100, 100, 100, 100, 100);
        street(2005, "F2_TWO", 300, 300);
        street(2005, "F3_SMALLEST", 10, 10, 10, 10);
        street(2005, "F4_THREE", 200, 210, 220);

        Map<String, BigDecimal> truth = new HashMap<>();
        breakdown("park-admin", "2005-03").<Map<String, Object>>getList("cells")
                .forEach(c -> truth.put((String) c.get("member"), (BigDecimal) c.get("ytdValue")));
        JsonPath leader = breakdown("investment-officer", "2005-03");
        Map<String, Boolean> suppressed = new HashMap<>();
        leader.<Map<String, Object>>getList("cells")
                .forEach(c -> suppressed.put((String) c.get("member"), (Boolean) c.get("suppressed")));
        assertEquals(Map.of("F1_FIVE", false, "F2_TWO", true, "F3_SMALLEST", true, "F4_THREE", false), suppressed);
        assertFalse((Boolean) leader.get("total.suppressed"));
        assertCannotDerive(leader, truth);
    }

    @Test
    void aCellWithheldInOneMonthCannotBeWorkedOutFromTheYearToDateFiguresOfOtherMonths() {
        int year = 2004;
        Map<String, long[][]> outputs = Map.of(
                "T1_SPIKE", new long[][]{{100, 100, 5000}, {100, 100, 5000}, {100, 100, 5000}, {100, 3000, 100}},
                "T2_EVEN", new long[][]{{100, 100, 100}, {100, 100, 100}, {100, 100, 100}, {100, 100, 100},
                        {100, 100, 100}},
                "T3_WIDE", new long[][]{{200, 200, 200}, {200, 200, 200}, {200, 200, 200}, {200, 200, 200}});
        Reports reports = Reports.of();
        outputs.forEach((street, enterprises) -> {
            for (long[] months : enterprises) {
                String uscc = TestUscc.random();
                registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(year));
                for (int month = 2; month <= 4; month++) {
                    reports.add(uscc, "%d-%02d".formatted(year, month), months[month - 2]);
                }
            }
        });
        reports.send();
        ReleaseCalendar.release(year + "-02", year + "-03", year + "-04");

        Map<String, BigDecimal> truth = new HashMap<>();
        Map<String, BigDecimal> published = new HashMap<>();
        for (int month = 2; month <= 4; month++) {
            String period = "%d-%02d".formatted(year, month);
            for (Map<String, Object> cell : breakdown("statistician", period).<Map<String, Object>>getList("cells")) {
                truth.put(cell.get("member") + "/" + month + "/value", (BigDecimal) cell.get("value"));
                truth.put(cell.get("member") + "/" + month + "/ytd", (BigDecimal) cell.get("ytdValue"));
            }
            JsonPath leader = breakdown("park-leader", period);
            for (Map<String, Object> cell : leader.<Map<String, Object>>getList("cells")) {
                if (!(Boolean) cell.get("suppressed")) {
                    published.put(cell.get("member") + "/" + month + "/value", (BigDecimal) cell.get("value"));
                    published.put(cell.get("member") + "/" + month + "/ytd", (BigDecimal) cell.get("ytdValue"));
                }
            }
            String suffix = "/" + month + "/ytd";
            assertCannotDerive(leader, truth.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(suffix))
                    .collect(Collectors.toMap(e -> e.getKey().split("/")[0], Map.Entry::getValue)));
        }
        assertNull(published.get("T1_SPIKE/3/value"), "the month one enterprise dominates is withheld");
        assertTrue(published.containsKey("T1_SPIKE/2/ytd"), "the months before it are published");
        for (String member : List.of("T1_SPIKE", "T2_EVEN", "T3_WIDE")) {
            for (int month = 2; month <= 4; month++) {
                String ytdKey = member + "/" + month + "/ytd";
                String valueKey = member + "/" + month + "/value";
                if (published.containsKey(valueKey)) {
                    continue;
                }
                List<BigDecimal> ytds = new ArrayList<>();
                String laterYtd = member + "/" + (month + 1) + "/ytd";
                String laterValue = member + "/" + (month + 1) + "/value";
                if (published.containsKey(laterYtd) && published.containsKey(laterValue)) {
                    ytds.add(published.get(laterYtd).subtract(published.get(laterValue)));
                }
                for (BigDecimal ytd : ytds) {
                    assertNotEquals(0, ytd.compareTo(truth.get(ytdKey)), "derived " + ytdKey + " across time");
                    BigDecimal before = month == 2 ? BigDecimal.ZERO : published.get(member + "/" + (month - 1) + "/ytd");
                    if (before != null) {
                        assertNotEquals(0, ytd.subtract(before).compareTo(truth.get(valueKey)),
                                "derived " + valueKey + " as the difference of two year-to-date figures");
                    }
                }
            }
        }
    }

    @Test
    void cellsWhoseEnterprisesAreTalliedInDifferentChunksAreWeighedWhole() {
        int year = 1994;
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 1_160; i++) {
            usccs.add(TestUscc.random());
        }
        usccs.sort(null);
        Map<Integer, String> streets = new HashMap<>();
        Map<Integer, Long> outputs = new HashMap<>();
        List.of(10, 600, 1_100).forEach(i -> streets.put(i, "K2_EVEN"));
        List.of(5, 1_050, 1_120).forEach(i -> streets.put(i, "K3_DOMINATED"));
        outputs.put(5, 1_000L);
        List.of(500, 1_150).forEach(i -> streets.put(i, "K4_TWO"));
        List.of(500, 1_150).forEach(i -> outputs.put(i, 300L));
        ReleaseCalendar.release(year + "-02", year + "-03");
        Reports reports = Reports.of();
        for (int i = 0; i < usccs.size(); i++) {
            String street = streets.getOrDefault(i, "K1_BULK");
            long output = outputs.getOrDefault(i, street.equals("K2_EVEN") ? 100L : 10L);
            registry.apply(Registry.snapshot(usccs.get(i), 1).street(street).aboveScale(year));
            reports.add(usccs.get(i), year + "-02", output).add(usccs.get(i), year + "-03", output);
        }
        reports.send();

        Map<String, BigDecimal> truth = new HashMap<>();
        breakdown("statistician", year + "-03").<Map<String, Object>>getList("cells")
                .forEach(c -> truth.put((String) c.get("member"), (BigDecimal) c.get("ytdValue")));
        assertEquals(0, new BigDecimal("600").compareTo(truth.get("K2_EVEN")));
        assertEquals(0, new BigDecimal("2040").compareTo(truth.get("K3_DOMINATED")));
        JsonPath leader = breakdown("park-leader", year + "-03");
        Map<String, Boolean> suppressed = new HashMap<>();
        leader.<Map<String, Object>>getList("cells")
                .forEach(c -> suppressed.put((String) c.get("member"), (Boolean) c.get("suppressed")));
        assertEquals(Map.of("K1_BULK", false, "K2_EVEN", false, "K3_DOMINATED", true, "K4_TWO", true), suppressed,
                "over a thousand reporting enterprises are tallied in chunks; each cell is weighed across all of them");
        assertFalse((Boolean) leader.get("total.suppressed"));
        assertCannotDerive(leader, truth);
    }

    @Test
    void whatIsWithheldFollowsReportsAndStreetsChangedAfterItWasWeighed() {
        int year = 2000;
        ReleaseCalendar.release(year + "-02", year + "-03");
        Map<String, List<String>> streets = Map.of("M1_FIVE", List.of("a", "b", "c", "d", "e"),
                "M2_TWO", List.of("a", "b"), "M3_THREE", List.of("a", "b", "c"));
        Map<String, List<String>> usccs = new HashMap<>();
        Reports reports = Reports.of();
        streets.forEach((street, members) -> members.forEach(member -> {
            String uscc = TestUscc.random();
            usccs.computeIfAbsent(street, k -> new ArrayList<>()).add(uscc);
            registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(year));
            reports.add(uscc, year + "-02", 300).add(uscc, year + "-03", 300);
        }));
        reports.send();
        assertEquals(Map.of("M1_FIVE", false, "M2_TWO", true, "M3_THREE", true), suppressedStreets(year),
                "two enterprises are too few, and a lone suppressed cell takes a complement");

        String third = TestUscc.random();
        registry.apply(Registry.snapshot(third, 1).street("M2_TWO").aboveScale(year));
        Reports.of().add(third, year + "-02", 300).add(third, year + "-03", 300).send();
        assertEquals(Map.of("M1_FIVE", false, "M2_TWO", false, "M3_THREE", false), suppressedStreets(year),
                "a third enterprise's reports are weighed as soon as they are in");

        registry.apply(Registry.snapshot(usccs.get("M1_FIVE").get(0), 2).street("M4_ONE").aboveScale(year));
        assertEquals(Map.of("M1_FIVE", false, "M2_TWO", true, "M3_THREE", false, "M4_ONE", true),
                suppressedStreets(year), "an enterprise that moved street is weighed in its new street, alone there");
    }

    private static Map<String, Boolean> suppressedStreets(int year) {
        Map<String, Boolean> suppressed = new HashMap<>();
        breakdown("park-leader", year + "-03").<Map<String, Object>>getList("cells")
                .forEach(c -> suppressed.put((String) c.get("member"), (Boolean) c.get("suppressed")));
        return suppressed;
    }

    /** Tries the attack a reader has: the total minus every published cell, for each suppressed cell. */
    private static void assertCannotDerive(JsonPath published, Map<String, BigDecimal> truth) {
        BigDecimal total = published.get("total.ytdValue");
        if (total == null) {
            return;
        }
        BigDecimal publishedSum = BigDecimal.ZERO;
        int hidden = 0;
        for (Map<String, Object> cell : published.<Map<String, Object>>getList("cells")) {
            if ((Boolean) cell.get("suppressed")) {
                hidden++;
            } else {
                publishedSum = publishedSum.add((BigDecimal) cell.get("ytdValue"));
            }
        }
        assertTrue(hidden == 0 || hidden >= 2, "a lone suppressed cell would be the total minus the others");
        BigDecimal derived = total.subtract(publishedSum);
        for (Map<String, Object> cell : published.<Map<String, Object>>getList("cells")) {
            if ((Boolean) cell.get("suppressed")) {
                assertNotEquals(0, derived.compareTo(truth.get((String) cell.get("member"))),
                        "derived " + cell.get("member"));
            }
        }
    }

    @Test
    void aParkFigureFromFewerThanThreeEnterprisesIsWithheldFromOtherRolesAndTheOpenDataFeed() {
        street(2007, "G1_ONE", 5000);
        ReleaseCalendar.publish("2007-03");

        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2007-03")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.suppressed", equalTo(true))
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue", nullValue())
                .body("indicators.find { it.code == 'ABOVE_SCALE_ENTERPRISES' }.ytdValue", equalTo(1));
        given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("period", "2007-03")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue", equalTo(10000.0f));
        given().queryParam("period", "2007-03")
                .when().get("/api/v1/open-data/indicators")
                .then().statusCode(200)
                .body("park", equalTo("WANGCHENG_ETDZ"))
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.suppressed", equalTo(true))
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.ytdValue", nullValue())
                .body("indicators.find { it.code == 'INDUSTRIAL_OUTPUT' }.uscc", nullValue());
        given().queryParam("period", "2007-03")
                .when().get("/api/v1/indicators/dashboard")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/open-data/catalogue")
                .then().statusCode(200).body("find { it.code == 'INDUSTRIAL_VALUE_ADDED' }.priceBasis",
                        equalTo("COMPARABLE"));
        given().queryParam("period", "2007-01")
                .when().get("/api/v1/open-data/indicators")
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
    }
}
