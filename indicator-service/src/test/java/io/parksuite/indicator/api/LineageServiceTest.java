package io.parksuite.indicator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 数据溯源 against the figures it explains: reports of random enterprises, classifications and
 * revisions (a seeded Random) in 2021–2022, which no other test reports in; then, for random
 * indicators, periods and cells, the lineage's contributions must sum exactly to the figure the
 * dashboard, breakdown and series serve, and its yoyPct must follow from the summed base.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class LineageServiceTest {

    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final int PAGE = 3;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final List<String> INDICATORS = List.of("INDUSTRIAL_OUTPUT", "SALES_OUTPUT", "MAIN_REVENUE", "TAX",
            "EMPLOYEES", "ABOVE_SCALE_ENTERPRISES", "HIGH_TECH_ENTERPRISES");

    @Inject
    Registry registry;

    /**
     * The lineage with all its contributors, gathered page by page ({@value #PAGE} a page): each
     * page must be the one asked for, hold {@value #PAGE} contributors but the last, and follow the
     * previous one in USCC order, and the pages together as many as contributorsPage.total says.
     */
    static JsonPath lineage(String role, String code, String period, String dimension, String member) {
        try {
            ObjectNode first = (ObjectNode) JSON.readTree(page(role, code, period, dimension, member, 0));
            if (!first.path("contributors").isArray()) {
                assertTrue(!first.path("contributorsPage").isObject(), "no page without contributors");
                return JsonPath.from(JSON.writeValueAsString(first)).using(EXACT);
            }
            ArrayNode all = (ArrayNode) first.get("contributors");
            long total = first.at("/contributorsPage/total").asLong();
            assertEquals(first.at("/totals/contributors").asLong(), total, "the page counts every contributor");
            assertEquals(Math.min(PAGE, total), all.size(), "page 0 of " + total);
            for (int number = 1; all.size() < total; number++) {
                JsonNode next = JSON.readTree(page(role, code, period, dimension, member, number));
                assertEquals(number, next.at("/contributorsPage/page").asInt());
                assertEquals(total, next.at("/contributorsPage/total").asLong());
                assertEquals(first.get("totals"), next.get("totals"), "every page has the same totals");
                assertEquals(Math.min(PAGE, total - (long) number * PAGE), next.get("contributors").size(),
                        "page " + number + " of " + total);
                next.get("contributors").forEach(all::add);
            }
            assertEquals(total, all.size(), "the pages hold every contributor once");
            for (int i = 0; i < all.size(); i++) {
                assertTrue(i == 0 || all.get(i - 1).get("uscc").asText().compareTo(all.get(i).get("uscc").asText()) < 0,
                        "contributors in USCC order");
            }
            return JsonPath.from(JSON.writeValueAsString(first)).using(EXACT);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the lineage is not JSON", e);
        }
    }

    private static String page(String role, String code, String period, String dimension, String member, int page) {
        var request = given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", period)
                .queryParam("dimension", dimension).queryParam("page", page).queryParam("size", PAGE);
        if (member != null) {
            request.queryParam("member", member);
        }
        return request.queryParam("indicator", code).when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void lineageSumsReproduceRandomFiguresExactly() {
        Random random = new Random(19);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> streets = List.of("LIN_S0_" + suffix, "LIN_S1_" + suffix, "LIN_S2_" + suffix);
        List<String> chains = List.of("LIN_C0_" + suffix, "LIN_C1_" + suffix);
        Reports reports = Reports.of();
        Reports revisions = Reports.of();
        for (int e = 0; e < 14; e++) {
            String uscc = TestUscc.random();
            Registry.Snapshot snapshot = Registry.snapshot(uscc, 1).street(streets.get(random.nextInt(3)));
            switch (random.nextInt(4)) {
                case 0 -> snapshot.chain(chains.get(0), LocalDate.of(2015, 1, 1), null);
                case 1 -> snapshot.chain(chains.get(1), LocalDate.of(2022, 5, 1), null);
                case 2 -> snapshot.chain(chains.get(0), LocalDate.of(2015, 1, 1), LocalDate.of(2022, 6, 30))
                        .chain(chains.get(1), LocalDate.of(2022, 7, 1), null);
                default -> { }
            }
            if (random.nextInt(10) < 7) {
                snapshot.aboveScale(2022);
            }
            if (random.nextInt(10) < 6) {
                snapshot.aboveScale(2021);
            }
            if (random.nextInt(10) < 3) {
                snapshot.designation("HIGH_TECH", 2022);
            }
            registry.apply(snapshot);
            for (int year = 2021; year <= 2022; year++) {
                for (int month = 2; month <= 12; month++) {
                    if (random.nextInt(10) < 8) {
                        String period = "%d-%02d".formatted(year, month);
                        reports.add(uscc, period, "PRELIMINARY", tenths(random));
                        if (random.nextInt(10) == 0) {
                            revisions.add(uscc, period, "FINAL", tenths(random));
                        }
                    }
                }
            }
        }
        reports.send();
        revisions.send();

        List<String> members = new ArrayList<>(streets);
        members.addAll(chains);
        members.add("HIGH_TECH");
        int revised = 0;
        int traced = 0;
        for (int i = 0; i < 30; i++) {
            String code = INDICATORS.get(random.nextInt(INDICATORS.size()));
            String period = "2022-%02d".formatted(2 + random.nextInt(11));
            String member = members.get(random.nextInt(members.size()));
            String dimension = i % 4 == 0 ? "PARK" : member.startsWith("LIN_S") ? "STREET"
                    : member.startsWith("LIN_C") ? "CHAIN" : "DESIGNATION";
            JsonPath lineage = lineage("statistician", code, period, dimension,
                    "PARK".equals(dimension) ? null : member);
            String what = code + " " + period + " " + dimension + " " + member + ": " + lineage.prettify();
            assertEquals(true, lineage.get("enterpriseLevel"), what);
            Map<String, Object> served = served(code, period, dimension, member);
            assertSame(served, lineage.getMap("figure"), what);
            revised += assertSums(lineage, served, code.endsWith("ENTERPRISES") || code.equals("EMPLOYEES"), what);
            traced += lineage.getList("contributors").isEmpty() ? 0 : 1;
        }
        System.out.printf("Lineage: %d of 30 random figures traced to their enterprises, %d revised reports%n",
                traced, revised);
        assertTrue(traced >= 20, "most random cells have contributors: " + traced);
        assertTrue(revised > 0, "some contributor's report of the period was revised");
    }

    /** The figure as the dashboard (park) or the series and the breakdown (a cell) serve it. */
    private static Map<String, Object> served(String code, String period, String dimension, String member) {
        if ("PARK".equals(dimension)) {
            return given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", period)
                    .when().get("/api/v1/indicators/dashboard").then().statusCode(200).extract().jsonPath()
                    .using(EXACT).getMap("indicators.find { it.code == '" + code + "' }");
        }
        Map<String, Object> series = given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", code).queryParam("dimension", dimension).queryParam("member", member)
                .queryParam("from", period).queryParam("to", period)
                .when().get("/api/v1/indicators/series").then().statusCode(200).extract().jsonPath().using(EXACT)
                .getMap("[0]");
        Map<String, Object> cell = given().auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("indicator", code).queryParam("dimension", dimension).queryParam("period", period)
                .when().get("/api/v1/indicators/breakdown").then().statusCode(200).extract().jsonPath().using(EXACT)
                .getMap("cells.find { it.member == '" + member + "' }");
        if (cell != null) {
            assertSame(series, cell, "breakdown and series of " + code + " " + member);
        }
        return series;
    }

    private static void assertSame(Map<String, Object> expected, Map<String, Object> actual, String what) {
        for (String field : List.of("value", "ytdValue", "yoyPct", "monthYoyPct", "enterprises")) {
            Object e = expected.get(field);
            assertEquals(0, compare(e == null ? null : new BigDecimal(e.toString()), actual.get(field)),
                    field + " " + e + " ≠ " + actual.get(field) + " in " + what);
        }
        assertEquals(expected.get("suppressed"), actual.get("suppressed"), what);
    }

    /** Sums the contributors; returns how many of them sent a second revision of the period's report. */
    @SuppressWarnings("unchecked")
    private static int assertSums(JsonPath lineage, Map<String, Object> served, boolean stock, String what) {
        List<Map<String, Object>> contributors = lineage.getList("contributors");
        BigDecimal value = sum(contributors, "value");
        BigDecimal ytd = sum(contributors, "ytdValue");
        BigDecimal base = sum(contributors, "priorYtdValue");
        BigDecimal monthBase = sum(contributors, "priorValue");
        assertEquals(served.get("value") == null ? null : 0, value == null ? null
                : value.compareTo(new BigDecimal(served.get("value").toString())), "value of " + what);
        assertEquals(served.get("ytdValue") == null ? null : 0, ytd == null ? null
                : ytd.compareTo(new BigDecimal(served.get("ytdValue").toString())), "ytdValue of " + what);
        assertEquals(number(served.get("yoyPct")), growth(ytd, base), "yoyPct of " + what);
        assertEquals(number(served.get("monthYoyPct")), growth(value, monthBase), "monthYoyPct of " + what);
        assertEquals(((Number) served.get("enterprises")).intValue(),
                (int) contributors.stream().filter(c -> c.get("value") != null).count(), "enterprises of " + what);
        assertEquals(0, compare(ytd, lineage.get("totals.ytdValue")), what);
        assertEquals(0, compare(base, lineage.get("totals.priorYtdValue")), what);
        int revised = 0;
        for (Map<String, Object> contributor : contributors) {
            List<Map<String, Object>> used = (List<Map<String, Object>>) contributor.get("reports");
            BigDecimal thisYear = sum(used.stream().filter(r -> !(Boolean) r.get("base")).toList(), "value");
            assertEquals(0, compare(thisYear, contributor.get(stock ? "value" : "ytdValue")), "reports of " + what);
            if (Integer.valueOf(2).equals(contributor.get("reportRevision"))) {
                assertEquals("FINAL", contributor.get("reportStatus"));
                assertEquals("test-statistician", contributor.get("submittedBy"));
                revised++;
            }
        }
        return revised;
    }

    private static BigDecimal tenths(Random random) {
        return BigDecimal.valueOf(1_000 + random.nextInt(9_000_000), 1);
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String field) {
        BigDecimal sum = null;
        for (Map<String, Object> row : rows) {
            if (row.get(field) != null) {
                BigDecimal v = new BigDecimal(row.get(field).toString());
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    private static int compare(BigDecimal a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : 1;
        }
        return a.compareTo(new BigDecimal(b.toString()));
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** Growth in percent, one decimal, as the figure computes it; null without a positive base. */
    private static BigDecimal growth(BigDecimal current, BigDecimal base) {
        if (current == null || base == null || base.signum() <= 0) {
            return null;
        }
        return current.subtract(base).multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
