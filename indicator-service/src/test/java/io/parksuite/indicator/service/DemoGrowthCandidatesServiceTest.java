package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.DemoRegistry;
import io.parksuite.indicator.GrowthExpectation;
import io.parksuite.indicator.Registry;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo park's 2018 瞪羚 / 独角兽 candidates equal a calculation made here from the demo files
 * alone, and its 出口交货值 reaches the dashboard as the sum of the above-scale enterprises' reports.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq,indicator.events"))
class DemoGrowthCandidatesServiceTest {

    private static final Path DATA = DemoRegistry.DATA;
    private static final Pattern VALUATION_STEP = Pattern.compile(
            "POST /api/v1/enterprises/([0-9A-Z]{18})/valuations (\\S+)");
    private static final int YEAR = 2018;

    @Inject
    Registry registry;

    @Test
    void theDemoCandidatesEqualACalculationFromTheDemoFilesAndExportValueReachesTheDashboard() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> valuations = new HashMap<>();
        Matcher step = VALUATION_STEP.matcher(Files.readString(DATA.resolve("../manifest.txt")));
        while (step.find()) {
            valuations.put(step.group(1), json.readTree(DATA.resolve(step.group(2)).toFile()));
        }
        Map<String, GrowthExpectation.Figures> expectedFigures = new TreeMap<>();
        Map<String, double[]> monthly = monthlyRevenue();
        Map<String, Map<Integer, JsonNode>> annual = new HashMap<>();
        for (JsonNode row : json.readTree(DATA.resolve("indicator-annual-figures.json").toFile())) {
            annual.computeIfAbsent(row.get("uscc").asText(), k -> new HashMap<>()).put(row.get("year").asInt(), row);
        }
        Set<String> aboveScale2019 = new HashSet<>();
        for (JsonNode designation : json.readTree(DATA.resolve("enterprise-designations.json").toFile())) {
            if (designation.get("type").asText().equals("ABOVE_SCALE_INDUSTRY") && designation.get("year").asInt() == 2019) {
                aboveScale2019.add(designation.get("uscc").asText());
            }
        }
        long version = System.currentTimeMillis();
        Map<String, Registry.Snapshot> snapshots = DemoRegistry.snapshots(version);
        for (JsonNode enterprise : json.readTree(DATA.resolve("enterprises.json").toFile())) {
            String uscc = enterprise.get("uscc").asText();
            LocalDate founded = LocalDate.parse(enterprise.get("establishedOn").asText());
            Registry.Snapshot snapshot = snapshots.get(uscc).industry(enterprise.get("industryCode").asText())
                    .founded(founded);
            JsonNode valuation = valuations.get(uscc);
            if (valuation != null) {
                snapshot.valuation(valuation.get("amount").asLong(), valuation.get("currency").asText(),
                        LocalDate.parse(valuation.get("valuedOn").asText()));
            }
            registry.apply(snapshot);
            Map<Integer, JsonNode> years = annual.getOrDefault(uscc, Map.of());
            double[] months = monthly.get(uscc + "|" + YEAR);
            Double revenue = number(years.get(YEAR), "revenueYuan");
            expectedFigures.put(uscc, new GrowthExpectation.Figures(founded, enterprise.get("industryCode").asText(),
                    revenue != null ? revenue : months != null && months[1] == 11 ? months[0] : null,
                    number(years.get(YEAR - 3), "revenueYuan"), number(years.get(YEAR), "profitYuan"),
                    number(years.get(YEAR - 3), "profitYuan"), number(years.get(YEAR), "rdExpenseYuan"),
                    valuation == null ? null : valuation.get("amount").asDouble(),
                    valuation == null ? null : valuation.get("currency").asText(),
                    valuation == null ? null : LocalDate.parse(valuation.get("valuedOn").asText())));
        }
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv; charset=UTF-8")
                .body(Files.readString(DATA.resolve("indicator-reports-2017-2019.csv")))
                .when().post("/api/v1/statistical-reports/bulk").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-annual-figures.json")))
                .when().put("/api/v1/indicators/annual-figures").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json")
                .body(Files.readString(DATA.resolve("indicator-growth-assessment.json")))
                .when().post("/api/v1/indicators/growth-candidates").then().statusCode(200);

        Map<String, String> expected = new TreeMap<>();
        expectedFigures.forEach((uscc, figures) -> {
            String gazelle = GrowthExpectation.gazelle(YEAR, figures);
            if (gazelle != null) {
                expected.put(uscc + "|GAZELLE", gazelle);
            }
            String unicorn = GrowthExpectation.unicorn(YEAR, figures);
            if (unicorn != null) {
                expected.put(uscc + "|UNICORN", unicorn);
            }
        });
        Map<String, String> actual = new TreeMap<>();
        List<Map<String, Object>> candidates = given().auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("year", YEAR).when().get("/api/v1/indicators/growth-candidates")
                .then().statusCode(200).extract().jsonPath().getList("candidates");
        for (Map<String, Object> candidate : candidates) {
            if (expectedFigures.containsKey((String) candidate.get("uscc"))) {
                actual.put(candidate.get("uscc") + "|" + candidate.get("programme"), (String) candidate.get("standing"));
            }
        }
        assertTrue(expected.containsValue("MEETS") && expected.containsValue("NEAR")
                && expected.keySet().stream().anyMatch(k -> k.endsWith("UNICORN")), "the demo has candidates: " + expected);
        assertEquals(expected, actual);

        BigDecimal exports = BigDecimal.ZERO;
        for (String line : Files.readAllLines(DATA.resolve("indicator-reports-2017-2019.csv")).subList(1, 3481)) {
            String[] cells = line.split(",");
            int month = Integer.parseInt(cells[1].substring(5));
            if (cells[1].startsWith("2019-") && month <= 8 && aboveScale2019.contains(cells[0])) {
                exports = exports.add(new BigDecimal(cells[10]));
            }
        }
        Object dashboard = given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", "2019-08")
                .when().get("/api/v1/indicators/dashboard").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .get("indicators.find { it.code == 'EXPORT_DELIVERY_VALUE' }.ytdValue");
        assertTrue(exports.signum() > 0, "the demo reports export values");
        assertTrue(new BigDecimal(dashboard.toString()).compareTo(exports) >= 0,
                "the park's 1–8月 export delivery value " + dashboard + " includes the demo's " + exports);
    }

    /** Revenue per enterprise and year from the demo's monthly reports: the sum and the number of periods. */
    private static Map<String, double[]> monthlyRevenue() throws Exception {
        Map<String, double[]> sums = new HashMap<>();
        List<String> lines = Files.readAllLines(DATA.resolve("indicator-reports-2017-2019.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] sum = sums.computeIfAbsent(cells[0] + "|" + cells[1].substring(0, 4), k -> new double[2]);
            sum[0] += Double.parseDouble(cells[6]);
            sum[1]++;
        }
        return sums;
    }

    private static Double number(JsonNode row, String field) {
        return row == null || !row.hasNonNull(field) ? null : row.get(field).asDouble();
    }
}
