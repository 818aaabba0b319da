package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 重点企业 against a calculation made here: random enterprises (a seeded Random) report in 1990–1991,
 * years no other test reports in, some above-scale in 1991 only, some in 1990 only, some revised,
 * two with equal figures; the ranking must equal the reports sorted by 1–X月累计 (ties by USCC), with
 * growth on the same enterprise's 1990 base, sum to the park figure and name the lineage's
 * contributors. Only the statistics office reads it, audited; every other role gets 403.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class KeyEnterprisesServiceTest {

    private static final List<String> NON_DISCLOSING = List.of("park-leader", "investment-officer",
            "approval-officer", "service-manager", "gov-system", "enterprise");
    private static final int YEAR = 1991;
    private static final String PATH = "/api/v1/indicators/key-enterprises";

    /** The current output value per enterprise and period, as the last upload left it. */
    private static final Map<String, Map<String, BigDecimal>> OUTPUT = new TreeMap<>();
    private static final Set<String> ABOVE_SCALE = new HashSet<>();
    private static final Map<String, String> CHAIN = new HashMap<>();
    private static final List<String> TIED = new ArrayList<>();

    @Inject
    Registry registry;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void reports() {
        if (!OUTPUT.isEmpty()) {
            return;
        }
        Random random = new Random(2018);
        String chain = "KEY_C_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Reports reports = Reports.of();
        Reports revisions = Reports.of();
        for (int e = 0; e < 18; e++) {
            String uscc = TestUscc.random();
            Registry.Snapshot snapshot = Registry.snapshot(uscc, 1);
            if (e < 2 || random.nextInt(10) < 7) {
                snapshot.aboveScale(YEAR);
                ABOVE_SCALE.add(uscc);
            }
            if (random.nextInt(10) < 6) {
                snapshot.aboveScale(YEAR - 1);
            }
            if (random.nextBoolean()) {
                snapshot.chain(chain, LocalDate.of(1985, 1, 1), null);
                CHAIN.put(uscc, chain);
            }
            registry.apply(snapshot);
            Map<String, BigDecimal> output = OUTPUT.computeIfAbsent(uscc, k -> new TreeMap<>());
            for (int year = YEAR - 1; year <= YEAR; year++) {
                for (int month = 2; month <= 12; month++) {
                    String period = "%d-%02d".formatted(year, month);
                    if (e < 2) {
                        BigDecimal fixed = BigDecimal.valueOf(9_000_000 + 10_000L * month);
                        reports.add(uscc, period, "FINAL", fixed);
                        output.put(period, fixed);
                    } else if (random.nextInt(10) < 8) {
                        BigDecimal value = BigDecimal.valueOf(1_000 + random.nextInt(9_000_000), 1);
                        reports.add(uscc, period, "PRELIMINARY", value);
                        output.put(period, value);
                        if (random.nextInt(8) == 0) {
                            BigDecimal revised = BigDecimal.valueOf(1_000 + random.nextInt(9_000_000), 1);
                            revisions.add(uscc, period, "FINAL", revised);
                            output.put(period, revised);
                        }
                    }
                }
            }
            if (e < 2) {
                TIED.add(uscc);
            }
        }
        reports.send();
        revisions.send();
        TIED.sort(Comparator.naturalOrder());
    }

    @Test
    void theRankingEqualsTheReportsSortedAndSumsToTheParkFigure() {
        for (int month : new int[]{2, 7, 12}) {
            String period = "%d-%02d".formatted(YEAR, month);
            for (String indicator : List.of("INDUSTRIAL_OUTPUT", "TAX")) {
                boolean aboveScale = indicator.equals("INDUSTRIAL_OUTPUT");
                List<Expected> expected = expected(month, aboveScale, indicator.equals("TAX") ? BigDecimal.TEN
                        : BigDecimal.ONE);
                JsonPath ranking = read("statistician", indicator, period, "50");
                String what = indicator + " " + period + ": " + ranking.prettify();
                List<Map<String, Object>> listed = ranking.getList("enterprises");
                assertEquals(expected.size(), listed.size(), what);
                assertEquals(expected.size(), ranking.getInt("ranked"), what);
                BigDecimal park = expected.stream().map(Expected::ytd).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, park.compareTo(number(ranking.get("parkYtdValue"))), what);
                for (int i = 0; i < expected.size(); i++) {
                    Expected e = expected.get(i);
                    Map<String, Object> row = listed.get(i);
                    assertEquals(i + 1, row.get("rank"), what);
                    assertEquals(e.uscc(), row.get("uscc"), what);
                    assertEquals(0, e.ytd().compareTo(number(row.get("ytdValue"))), what);
                    assertSameNumber(e.month(), row.get("value"), what);
                    assertSameNumber(e.base(), row.get("priorYtdValue"), what);
                    assertSameNumber(growth(e.ytd(), e.base()), row.get("yoyPct"), what);
                    assertSameNumber(percent(e.ytd(), park), row.get("sharePct"), what);
                    assertEquals(CHAIN.containsKey(e.uscc()) ? List.of(CHAIN.get(e.uscc())) : List.of(),
                            row.get("chains"), what);
                }
                Object dashboard = given().auth().oauth2(TestTokens.forRole("statistician"))
                        .queryParam("period", period).when().get("/api/v1/indicators/dashboard")
                        .then().statusCode(200).extract().jsonPath().using(LineageServiceTest.EXACT)
                        .get("indicators.find { it.code == '" + indicator + "' }.ytdValue");
                assertEquals(0, park.compareTo(number(dashboard)), "the dashboard's figure is their sum: " + what);
                assertSameNumber(growth(park, parkBase(month, aboveScale, indicator.equals("TAX") ? BigDecimal.TEN
                        : BigDecimal.ONE)), ranking.get("parkYoyPct"), what);
                JsonPath lineage = LineageServiceTest.lineage("park-admin", indicator, period, "PARK", null);
                Map<String, BigDecimal> contributors = new TreeMap<>();
                for (Map<String, Object> c : lineage.<Map<String, Object>>getList("contributors")) {
                    if (c.get("ytdValue") != null) {
                        contributors.put((String) c.get("uscc"), number(c.get("ytdValue")));
                    }
                }
                Map<String, BigDecimal> ranked = new TreeMap<>();
                listed.forEach(row -> ranked.put((String) row.get("uscc"), number(row.get("ytdValue"))));
                assertEquals(contributors, ranked, "the lineage's contributors: " + what);
            }
        }
        JsonPath five = read("park-admin", "INDUSTRIAL_OUTPUT", YEAR + "-12", "5");
        List<Expected> expected = expected(12, true, BigDecimal.ONE);
        assertEquals(expected.subList(0, 5).stream().map(Expected::uscc).toList(), five.getList("enterprises.uscc"));
        assertEquals(expected.size(), five.getInt("ranked"));
        assertEquals(List.of(1, 2, 3, 4, 5), five.getList("enterprises.rank"));
    }

    @Test
    void tiesAreOrderedByUscc() {
        JsonPath ranking = read("statistician", "INDUSTRIAL_OUTPUT", YEAR + "-09", "50");
        List<String> usccs = ranking.getList("enterprises.uscc");
        int first = usccs.indexOf(TIED.get(0));
        assertTrue(first >= 0, ranking.prettify());
        assertEquals(TIED.get(1), usccs.get(first + 1), ranking.prettify());
        assertEquals(ranking.getString("enterprises[" + first + "].ytdValue"),
                ranking.getString("enterprises[" + (first + 1) + "].ytdValue"));
        assertEquals(first + 2, ranking.getInt("enterprises[" + (first + 1) + "].rank"));
    }

    @Test
    void everyRoleThatMayNotSeeEnterpriseFiguresGetsAProblemAndNoEnterprise() {
        for (String role : NON_DISCLOSING) {
            Response response = given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", YEAR + "-12")
                    .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get(PATH);
            String body = response.asString();
            assertEquals(403, response.statusCode(), role + ": " + body);
            assertTrue(response.contentType().startsWith("application/problem+json"), role + ": " + response.contentType());
            assertEquals(403, response.jsonPath().getInt("status"), body);
            assertFalse(body.contains("ytdValue") || OUTPUT.keySet().stream().anyMatch(body::contains), role + ": " + body);
        }
        given().queryParam("period", YEAR + "-12").queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get(PATH)
                .then().statusCode(401);
    }

    @Test
    void invalidParametersAreProblemsNamingTheField() {
        invalid("period", Map.of("indicator", "INDUSTRIAL_OUTPUT"));
        invalid("period", Map.of("indicator", "INDUSTRIAL_OUTPUT", "period", YEAR + "-01"));
        invalid("period", Map.of("indicator", "INDUSTRIAL_OUTPUT", "period", "1991-8"));
        invalid("indicator", Map.of("period", YEAR + "-12"));
        invalid("indicator", Map.of("period", YEAR + "-12", "indicator", "NO_SUCH_INDICATOR"));
        invalid("indicator", Map.of("period", YEAR + "-12", "indicator", "INDUSTRIAL_VALUE_ADDED"));
        invalid("indicator", Map.of("period", YEAR + "-12", "indicator", "ABOVE_SCALE_ENTERPRISES"));
        for (String limit : List.of("0", "51", "-1", "ten", "1.5")) {
            invalid("limit", Map.of("period", YEAR + "-12", "indicator", "INDUSTRIAL_OUTPUT", "limit", limit));
        }
        assertEquals(10, read("statistician", "INDUSTRIAL_OUTPUT", YEAR + "-12", null)
                .getList("enterprises").size());
        assertEquals(1, read("statistician", "INDUSTRIAL_OUTPUT", YEAR + "-12", "1").getList("enterprises").size());
    }

    @Test
    void aReadIsAuditedAsConfidentialAndARefusalAsRefused() {
        String requestId = "key-enterprises-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("period", YEAR + "-12").queryParam("indicator", "INDUSTRIAL_OUTPUT")
                .when().get(PATH).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> entry(requestId) != null);
        Object[] entry = entry(requestId);
        assertEquals("test-park-admin", entry[0]);
        assertEquals("confidential-read", entry[1]);
        assertTrue(entry[2].toString().startsWith(PATH + "?"), entry[2].toString());

        String refusedId = "key-enterprises-" + UUID.randomUUID();
        given().header("X-Request-Id", refusedId).auth().oauth2(TestTokens.forRole("park-leader"))
                .queryParam("period", YEAR + "-12").queryParam("indicator", "INDUSTRIAL_OUTPUT")
                .when().get(PATH).then().statusCode(403);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> entry(refusedId) != null);
        assertEquals("refused", entry(refusedId)[1]);
    }

    /** An enterprise as the ranking must show it, computed from the uploads alone. */
    private record Expected(String uscc, BigDecimal month, BigDecimal ytd, BigDecimal base) {
    }

    /**
     * The enterprises of the cell (above-scale in {@value #YEAR} when {@code aboveScale}), each with
     * its 1991 month and year to date and its 1990 year to date, largest first, ties by USCC.
     */
    private static List<Expected> expected(int month, boolean aboveScale, BigDecimal divisor) {
        List<Expected> expected = new ArrayList<>();
        OUTPUT.forEach((uscc, output) -> {
            if (aboveScale && !ABOVE_SCALE.contains(uscc)) {
                return;
            }
            BigDecimal ytd = ytd(output, YEAR, month, divisor);
            if (ytd != null) {
                BigDecimal value = output.get("%d-%02d".formatted(YEAR, month));
                expected.add(new Expected(uscc, value == null ? null : value.divide(divisor), ytd,
                        ytd(output, YEAR - 1, month, divisor)));
            }
        });
        expected.sort(Comparator.comparing(Expected::ytd).reversed().thenComparing(Expected::uscc));
        return expected;
    }

    /** The same-scope base of the park: the cell's enterprises' prior-year year to date, reporting this year or not. */
    private static BigDecimal parkBase(int month, boolean aboveScale, BigDecimal divisor) {
        BigDecimal base = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, BigDecimal>> output : OUTPUT.entrySet()) {
            BigDecimal ytd = aboveScale && !ABOVE_SCALE.contains(output.getKey()) ? null
                    : ytd(output.getValue(), YEAR - 1, month, divisor);
            base = ytd == null ? base : base.add(ytd);
        }
        return base;
    }

    private static BigDecimal ytd(Map<String, BigDecimal> output, int year, int month, BigDecimal divisor) {
        BigDecimal sum = null;
        for (int m = 2; m <= month; m++) {
            BigDecimal value = output.get("%d-%02d".formatted(year, m));
            if (value != null) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(value.divide(divisor));
            }
        }
        return sum;
    }

    static JsonPath read(String role, String indicator, String period, String limit) {
        var request = given().auth().oauth2(TestTokens.forRole(role)).queryParam("indicator", indicator)
                .queryParam("period", period);
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        return request.when().get(PATH).then().statusCode(200).contentType("application/json").extract().jsonPath()
                .using(LineageServiceTest.EXACT);
    }

    private static void invalid(String field, Map<String, String> parameters) {
        Response response = given().auth().oauth2(TestTokens.forRole("statistician")).queryParams(parameters)
                .when().get(PATH);
        assertEquals(422, response.statusCode(), parameters + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(List.of(field), response.jsonPath().getList("errors.field"), parameters + ": " + response.asString());
    }

    private Object[] entry(String requestId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select subject, kind, path from audit_entry where request_id = ?1")
                .setParameter(1, requestId).getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static void assertSameNumber(BigDecimal expected, Object actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(0, expected.compareTo(number(actual)), expected + " ≠ " + actual + " in " + what);
        }
    }

    private static BigDecimal growth(BigDecimal current, BigDecimal base) {
        if (current == null || base == null || base.signum() <= 0) {
            return null;
        }
        return current.subtract(base).multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
