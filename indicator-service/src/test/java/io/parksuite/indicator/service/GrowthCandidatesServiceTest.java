package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.GrowthExpectation;
import io.parksuite.indicator.Registry;
import io.parksuite.indicator.Reports;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.parksuite.testing.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 瞪羚 / 独角兽 candidate list equals an independent calculation of the HUNAN criteria on
 * generated growth data, each standing is published once on indicator.events, and a run without
 * new figures publishes nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq,indicator.events"))
class GrowthCandidatesServiceTest {

    private static final int YEAR = 2003;
    private static final String[] INDUSTRIES = {"3311", "3321", "1411", "3989", "6610", "7010"};

    @Inject
    Registry registry;

    @Inject
    ObjectMapper objectMapper;

    /** One generated enterprise: what the registry and its annual figures say. */
    private record Generated(String uscc, LocalDate founded, String industry, double baseRevenue, Double revenue,
                             double monthlyRevenue, Double baseProfit, Double profit, Double rd, Long valuation,
                             String currency, LocalDate valuedOn) {

        double revenueOfYear() {
            return revenue != null ? revenue : monthlyRevenue * 11;
        }
    }

    @Test
    void theCandidateListEqualsAnIndependentCalculationAndEachStandingIsPublishedOnce() throws Exception {
        Random random = new Random(20_190_831);
        List<Generated> generated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            generated.add(generate(random, i));
        }
        List<String> annual = new ArrayList<>();
        Reports monthly = Reports.of();
        for (Generated g : generated) {
            Registry.Snapshot snapshot = Registry.snapshot(g.uscc(), 1).industry(g.industry()).founded(g.founded());
            if (g.valuation() != null) {
                snapshot.valuation(g.valuation(), g.currency(), g.valuedOn());
            }
            registry.apply(snapshot);
            annual.add("""
                    {"uscc":"%s","year":%d,"revenueYuan":%s,"profitYuan":%s,"source":"测试年报"}"""
                    .formatted(g.uscc(), YEAR - 3, money(g.baseRevenue()), money(g.baseProfit())));
            annual.add("""
                    {"uscc":"%s","year":%d,"revenueYuan":%s,"profitYuan":%s,"rdExpenseYuan":%s}"""
                    .formatted(g.uscc(), YEAR, money(g.revenue()), money(g.profit()), money(g.rd())));
            if (g.revenue() == null) {
                monthly.months(g.uscc(), YEAR, 12, (long) g.monthlyRevenue());
            }
        }
        monthly.send();
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[" + String.join(",", annual) + "]")
                .when().put("/api/v1/indicators/annual-figures")
                .then().statusCode(200).body("imported", equalTo(annual.size()));

        Map<String, String> expected = new TreeMap<>();
        for (Generated g : generated) {
            GrowthExpectation.Figures figures = new GrowthExpectation.Figures(g.founded(), g.industry(),
                    Math.floor(g.revenueOfYear()), g.baseRevenue(), g.profit(), g.baseProfit(), g.rd(),
                    g.valuation() == null ? null : g.valuation().doubleValue(), g.currency(), g.valuedOn());
            String gazelle = GrowthExpectation.gazelle(YEAR, figures);
            if (gazelle != null) {
                expected.put(g.uscc() + "|GAZELLE", gazelle);
            }
            String unicorn = GrowthExpectation.unicorn(YEAR, figures);
            if (unicorn != null) {
                expected.put(g.uscc() + "|UNICORN", unicorn);
            }
        }
        assertTrue(expected.containsValue("MEETS") && expected.containsValue("NEAR"), "generated both: " + expected);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith("UNICORN")), "generated a unicorn: " + expected);

        assess().body("year", equalTo(YEAR)).body("province", equalTo("HUNAN"));
        Set<String> ours = generated.stream().map(Generated::uscc).collect(java.util.stream.Collectors.toSet());
        JsonPath listed = given().auth().oauth2(TestTokens.forRole("park-admin")).queryParam("year", YEAR)
                .when().get("/api/v1/indicators/growth-candidates")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, Object> candidate : listed.<Map<String, Object>>getList("candidates")) {
            if (ours.contains((String) candidate.get("uscc"))) {
                actual.put(candidate.get("uscc") + "|" + candidate.get("programme"), (String) candidate.get("standing"));
            }
        }
        assertEquals(expected, actual);

        List<ConsumerRecord<String, String>> published = TopicReader.read("indicator.events",
                r -> ours.contains(r.key()), expected.size(), Duration.ofSeconds(30));
        Map<String, String> flagged = new TreeMap<>();
        for (ConsumerRecord<String, String> record : published) {
            JsonNode payload = objectMapper.readTree(record.value());
            assertEquals("parksuite.indicator.growth-candidate-flagged.v1", TopicReader.header(record, "ce_type"));
            assertEquals(1, payload.get("aggregateVersion").asLong());
            flagged.put(payload.get("uscc").asText() + "|" + payload.get("programme").asText(),
                    payload.get("standing").asText());
        }
        assertEquals(expected, flagged);

        assess().body("published", equalTo(0));
    }

    @Test
    void aFallFromMeetsToNonePublishesTheNewStandingAndOnlyTheStatisticsOfficeReadsTheList() throws Exception {
        String uscc = TestUscc.random();
        registry.apply(Registry.snapshot(uscc, 1).industry("3311").founded(LocalDate.of(2001, 3, 1)));
        int year = YEAR + 3;
        annual(uscc, year - 3, "100000000", "1000000");
        annual(uscc, year, "400000000", "20000000");
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"year\": %d}".formatted(year))
                .when().post("/api/v1/indicators/growth-candidates").then().statusCode(200);
        String standing = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("year", year)
                .queryParam("programme", "GAZELLE").when().get("/api/v1/indicators/growth-candidates")
                .then().statusCode(200).extract().path("candidates.find { it.uscc == '" + uscc + "' }.standing");
        assertEquals("MEETS", standing);

        annual(uscc, year, "110000000", "20000000");
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"year\": %d}".formatted(year))
                .when().post("/api/v1/indicators/growth-candidates").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = TopicReader.read("indicator.events",
                r -> uscc.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        JsonNode fall = objectMapper.readTree(events.get(1).value());
        assertEquals("NONE", fall.get("standing").asText());
        assertEquals(2, fall.get("aggregateVersion").asLong());
        assertEquals("GROWTH", fall.get("shortfalls").get(0).get("criterion").asText());

        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("year", YEAR)
                .when().get("/api/v1/indicators/growth-candidates").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"year\": 2999}")
                .when().post("/api/v1/indicators/growth-candidates")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("year", YEAR).queryParam("standing", "NONE")
                .when().get("/api/v1/indicators/growth-candidates")
                .then().statusCode(422).contentType("application/problem+json");
    }

    private static void annual(String uscc, int year, String revenue, String rd) {
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("[{\"uscc\":\"%s\",\"year\":%d,\"revenueYuan\":%s,\"rdExpenseYuan\":%s}]"
                        .formatted(uscc, year, revenue, rd))
                .when().put("/api/v1/indicators/annual-figures").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse assess() {
        return given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body("{\"year\": %d}".formatted(YEAR))
                .when().post("/api/v1/indicators/growth-candidates").then().statusCode(200);
    }

    private static Generated generate(Random random, int i) {
        LocalDate founded = LocalDate.of(1988 + random.nextInt(16), 1 + random.nextInt(12), 1);
        String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        double base = 4_000_000 + random.nextInt(400_000_000);
        double revenue = base * (0.8 + random.nextDouble() * 2.6);
        boolean fromMonths = random.nextInt(5) == 0;
        double monthly = Math.floor(revenue / 11);
        Double baseProfit = random.nextBoolean() ? (double) random.nextInt(40_000_000) - 5_000_000 : null;
        Double profit = baseProfit == null ? null : baseProfit * (0.5 + random.nextDouble() * 3);
        double yearRevenue = fromMonths ? monthly * 11 : revenue;
        Double rd = random.nextInt(6) == 0 ? null : Math.floor(yearRevenue * random.nextDouble() * 0.06);
        boolean valued = i % 5 == 0;
        String currency = random.nextBoolean() ? "USD" : "CNY";
        long valuation = (long) ((500_000_000 + random.nextInt(1_500_000_000)) * ("CNY".equals(currency) ? 7 : 1));
        return new Generated(TestUscc.random(), founded, industry, base, fromMonths ? null : Math.floor(revenue),
                monthly, baseProfit == null ? null : Math.floor(baseProfit), profit == null ? null : Math.floor(profit),
                rd, valued ? valuation : null, currency, LocalDate.of(YEAR - random.nextInt(3), 6, 30));
    }

    private static String money(Double value) {
        return value == null ? "null" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
