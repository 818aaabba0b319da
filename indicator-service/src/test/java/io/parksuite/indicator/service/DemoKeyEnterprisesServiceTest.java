package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cockpit's 重点企业 of the demo park: 2018 1–12月 INDUSTRIAL_OUTPUT ranks 澳优 with 10.0 billion
 * yuan against 6.95 billion in 2017, and the demo enterprises of the ranking equal a calculation
 * made here from the demo's report file and 规上 list alone.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class DemoKeyEnterprisesServiceTest {

    private static final Path DATA = DemoRegistry.DATA;
    private static final String AUSNUTRIA = "91430112MA4D000046";

    @Inject
    Registry registry;

    /** One demo enterprise's 2018 1–12月 output and its 2017 base, from the files. */
    private record Expected(String uscc, BigDecimal ytd, BigDecimal base) {
    }

    @Test
    void ausnutriaIsAKeyEnterpriseWithItsGrowthOverItsOwn2017() throws Exception {
        DemoRegistry.snapshots(1).values().forEach(registry::apply);
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("text/csv; charset=UTF-8")
                .body(Files.readString(DATA.resolve("indicator-reports-2017-2019.csv")))
                .when().post("/api/v1/statistical-reports/bulk").then().statusCode(200);

        List<Expected> expected = fromFiles();
        JsonPath ranking = given().auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").queryParam("period", "2018-12").queryParam("limit", 10)
                .when().get("/api/v1/indicators/key-enterprises").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        System.out.println("Key enterprises of the demo, 2018-12 INDUSTRIAL_OUTPUT: " + ranking.prettify());

        Map<String, Expected> demo = new TreeMap<>();
        expected.forEach(e -> demo.put(e.uscc(), e));
        List<String> listedDemo = new ArrayList<>();
        for (Map<String, Object> row : ranking.<Map<String, Object>>getList("enterprises")) {
            Expected e = demo.get((String) row.get("uscc"));
            if (e == null) {
                continue;
            }
            listedDemo.add(e.uscc());
            assertEquals(0, e.ytd().compareTo(new BigDecimal(row.get("ytdValue").toString())), row.toString());
            assertEquals(0, e.base().compareTo(new BigDecimal(row.get("priorYtdValue").toString())), row.toString());
            assertEquals(0, growth(e.ytd(), e.base()).compareTo(new BigDecimal(row.get("yoyPct").toString())),
                    row.toString());
        }
        assertEquals(expected.subList(0, listedDemo.size()).stream().map(Expected::uscc).toList(), listedDemo,
                "the demo's largest enterprises in order");

        Map<String, Object> ausnutria = ranking.getMap("enterprises.find { it.uscc == '" + AUSNUTRIA + "' }");
        assertTrue(ausnutria != null, "澳优 is a key enterprise: " + ranking.prettify());
        assertEquals(0, new BigDecimal("10000000000").compareTo(new BigDecimal(ausnutria.get("ytdValue").toString())));
        assertEquals(0, new BigDecimal("6950000000").compareTo(
                new BigDecimal(ausnutria.get("priorYtdValue").toString())));
        assertEquals(0, new BigDecimal("43.9").compareTo(new BigDecimal(ausnutria.get("yoyPct").toString())));
        System.out.printf("澳优 2018-12: rank %s, 1–12月 %s, 2017 %s, growth %s%%, share %s%%%n", ausnutria.get("rank"),
                ausnutria.get("ytdValue"), ausnutria.get("priorYtdValue"), ausnutria.get("yoyPct"),
                ausnutria.get("sharePct"));
    }

    /** The 2018 above-scale demo enterprises by 1–12月 output, largest first, each with its 2017 output. */
    private static List<Expected> fromFiles() throws Exception {
        Set<String> aboveScale = new HashSet<>();
        for (JsonNode designation : new ObjectMapper().readTree(DATA.resolve("enterprise-designations.json").toFile())) {
            if (designation.get("type").asText().equals("ABOVE_SCALE_INDUSTRY") && designation.get("year").asInt() == 2018) {
                aboveScale.add(designation.get("uscc").asText());
            }
        }
        Map<String, BigDecimal> ytd = new TreeMap<>();
        Map<String, BigDecimal> base = new TreeMap<>();
        List<String> lines = Files.readAllLines(DATA.resolve("indicator-reports-2017-2019.csv"));
        assertEquals("outputValueYuan", lines.get(0).split(",")[4]);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (!aboveScale.contains(cells[0])) {
                continue;
            }
            BigDecimal output = new BigDecimal(cells[4]);
            if (cells[1].startsWith("2018-")) {
                ytd.merge(cells[0], output, BigDecimal::add);
            } else if (cells[1].startsWith("2017-")) {
                base.merge(cells[0], output, BigDecimal::add);
            }
        }
        List<Expected> expected = new ArrayList<>();
        ytd.forEach((uscc, value) -> expected.add(new Expected(uscc, value, base.get(uscc))));
        expected.sort(Comparator.comparing(Expected::ytd).reversed().thenComparing(Expected::uscc));
        return expected;
    }

    private static BigDecimal growth(BigDecimal current, BigDecimal base) {
        return current.subtract(base).multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
