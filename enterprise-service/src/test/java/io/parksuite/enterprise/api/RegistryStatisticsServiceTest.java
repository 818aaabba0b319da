package io.parksuite.enterprise.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics against counts this test works out itself from randomly generated records.
 * Other tests share the database, so each figure is compared as the change the records made.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events"))
class RegistryStatisticsServiceTest {

    private static final List<String> CHAINS = List.of("FOOD_PROCESSING", "ELECTRONIC_INFORMATION", "BIOMEDICINE");
    private static final List<String> DESIGNATIONS = List.of("HIGH_TECH", "SMART_MANUFACTURING_PILOT", "GAZELLE");
    private static final List<String> PLATFORM_TYPES = List.of("KEY_LABORATORY", "ENTERPRISE_TECH_CENTRE", "INCUBATOR");
    private static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");
    private static final LocalDate ON = LocalDate.of(2019, 6, 30);

    @Test
    void countsMatchTheRecordsTheyComeFrom() {
        Random random = new Random(20190924L ^ System.nanoTime());
        List<String> enterprises = new ArrayList<>();
        StringBuilder registrations = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            String uscc = TestUscc.random();
            enterprises.add(uscc);
            registrations.append(i == 0 ? "" : ",").append("{\"uscc\":\"%s\",\"name\":\"统计样本企业%d\"}".formatted(uscc, i));
        }
        upload("/api/v1/enterprises/bulk", registrations.append("]").toString());

        Map<String, Long> chainsBefore = chainCounts();
        JsonPath designationsBefore = get("/api/v1/registry/statistics/designations");
        JsonPath platformsBefore = get("/api/v1/registry/statistics/platforms?asOfYear=2019");
        JsonPath ledgersBefore = get("/api/v1/registry/statistics/ledgers?year=2019");

        Map<String, Long> expectedChains = new HashMap<>();
        Map<String, Long> expectedHeld = new HashMap<>();
        Map<String, Long> expectedNew = new HashMap<>();
        Map<String, Long> expectedPlatforms = new HashMap<>();
        Map<Integer, Long> expectedPlatformYears = new HashMap<>();
        long expectedPlatformTotal = 0;
        Set<String> rewarded = new HashSet<>();
        BigDecimal rewardSum = BigDecimal.ZERO;
        long rewardGrants = 0;
        long navigating = 0;
        List<String> memberships = new ArrayList<>();
        List<String> designations = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        List<String> rewards = new ArrayList<>();
        List<String> navigations = new ArrayList<>();
        for (String uscc : enterprises) {
            for (String chain : CHAINS) {
                if (random.nextInt(3) == 0) {
                    LocalDate from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(900));
                    memberships.add("{\"uscc\":\"%s\",\"chainCode\":\"%s\",\"validFrom\":\"%s\"}".formatted(uscc, chain, from));
                    if (!from.isAfter(ON)) {
                        expectedChains.merge(chain, 1L, Long::sum);
                    }
                }
            }
            for (String type : DESIGNATIONS) {
                boolean heldBefore = false;
                for (int year = 2017; year <= 2019; year++) {
                    boolean held = random.nextBoolean();
                    if (held) {
                        designations.add("{\"uscc\":\"%s\",\"type\":\"%s\",\"year\":%d}".formatted(uscc, type, year));
                        expectedHeld.merge(type + "/" + year, 1L, Long::sum);
                        if (!heldBefore) {
                            expectedNew.merge(type + "/" + year, 1L, Long::sum);
                        }
                    }
                    heldBefore = held;
                }
            }
            for (int p = random.nextInt(3); p > 0; p--) {
                String type = PLATFORM_TYPES.get(random.nextInt(PLATFORM_TYPES.size()));
                String level = LEVELS.get(random.nextInt(LEVELS.size()));
                int year = 2015 + random.nextInt(7);
                platforms.add(InnovationPlatformServiceTest.platform(uscc, type, level, "平台" + platforms.size(), year));
                if (year <= 2019) {
                    expectedPlatforms.merge(type + "/" + level, 1L, Long::sum);
                    expectedPlatformYears.merge(year, 1L, Long::sum);
                    expectedPlatformTotal++;
                }
            }
            for (int year : List.of(2018, 2019)) {
                if (random.nextBoolean()) {
                    BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(2_000_000), 2);
                    rewards.add("{\"uscc\":\"%s\",\"programme\":\"科技创新奖励\",\"year\":%d,\"amountYuan\":%s}"
                            .formatted(uscc, year, amount.toPlainString()));
                    if (year == 2019) {
                        rewarded.add(uscc);
                        rewardSum = rewardSum.add(amount);
                        rewardGrants++;
                    }
                }
                if (random.nextInt(4) == 0) {
                    navigations.add("{\"uscc\":\"%s\",\"year\":%d}".formatted(uscc, year));
                    navigating += year == 2019 ? 1 : 0;
                }
            }
        }
        upload("/api/v1/registry/imports/chain-memberships", "[" + String.join(",", memberships) + "]");
        upload("/api/v1/registry/imports/designations", "[" + String.join(",", designations) + "]");
        upload("/api/v1/registry/platforms/bulk", "[" + String.join(",", platforms) + "]");
        upload("/api/v1/registry/ledgers/rewards/bulk", "[" + String.join(",", rewards) + "]");
        upload("/api/v1/registry/ledgers/patent-navigation/bulk", "[" + String.join(",", navigations) + "]");

        Map<String, Long> chainsAfter = chainCounts();
        for (String chain : CHAINS) {
            assertEquals(expectedChains.getOrDefault(chain, 0L), chainsAfter.get(chain) - chainsBefore.get(chain), chain);
        }
        JsonPath designationsAfter = get("/api/v1/registry/statistics/designations");
        for (String type : DESIGNATIONS) {
            for (int year = 2017; year <= 2019; year++) {
                String key = type + "/" + year;
                assertEquals(expectedHeld.getOrDefault(key, 0L),
                        designation(designationsAfter, type, year, "held") - designation(designationsBefore, type, year, "held"), key);
                assertEquals(expectedNew.getOrDefault(key, 0L),
                        designation(designationsAfter, type, year, "newlyGranted")
                                - designation(designationsBefore, type, year, "newlyGranted"), key + " new");
            }
        }
        JsonPath platformsAfter = get("/api/v1/registry/statistics/platforms?asOfYear=2019");
        assertEquals(expectedPlatformTotal, platformsAfter.getLong("total") - platformsBefore.getLong("total"));
        for (String type : PLATFORM_TYPES) {
            for (String level : LEVELS) {
                assertEquals(expectedPlatforms.getOrDefault(type + "/" + level, 0L),
                        cell(platformsAfter, type, level) - cell(platformsBefore, type, level), type + "/" + level);
            }
        }
        for (int year = 2015; year <= 2019; year++) {
            assertEquals(expectedPlatformYears.getOrDefault(year, 0L),
                    byYear(platformsAfter, year) - byYear(platformsBefore, year), "recognised in " + year);
        }
        assertTrue(platformsAfter.getMap("byYearRecognised").keySet().stream()
                .allMatch(year -> Integer.parseInt(year.toString()) <= 2019), "asOfYear excludes later years");

        JsonPath ledgersAfter = get("/api/v1/registry/statistics/ledgers?year=2019");
        assertEquals(rewarded.size(), ledgersAfter.getLong("rewardedEnterprises") - ledgersBefore.getLong("rewardedEnterprises"));
        assertEquals(rewardGrants, ledgersAfter.getLong("rewardGrants") - ledgersBefore.getLong("rewardGrants"));
        assertEquals(0, rewardSum.compareTo(amount(ledgersAfter).subtract(amount(ledgersBefore))));
        assertEquals(navigating, ledgersAfter.getLong("patentNavigationEnterprises")
                - ledgersBefore.getLong("patentNavigationEnterprises"));
    }

    @Test
    void malformedParametersAreNamed() {
        admin().queryParam("on", "2019-13-01").when().get("/api/v1/registry/statistics/chains").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("on"));
        admin().when().get("/api/v1/registry/statistics/ledgers").then().statusCode(422);
        given().auth().oauth2(TestTokens.forEnterprise(TestUscc.random()))
                .when().get("/api/v1/registry/statistics/platforms").then().statusCode(403);
    }

    private static BigDecimal amount(JsonPath ledgers) {
        return new BigDecimal(String.valueOf(ledgers.<Object>get("rewardAmountYuan")));
    }

    private static Map<String, Long> chainCounts() {
        JsonPath chains = get("/api/v1/registry/statistics/chains?on=" + ON);
        return chains.<Map<String, Object>>getList("").stream().collect(Collectors.toMap(
                c -> (String) c.get("chainCode"), c -> ((Number) c.get("enterprises")).longValue()));
    }

    private static long designation(JsonPath counts, String type, int year, String field) {
        Object value = counts.get("find { it.type == '%s' && it.year == %d }.%s".formatted(type, year, field));
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long cell(JsonPath counts, String type, String level) {
        Object value = counts.get("byTypeAndLevel.find { it.type == '%s' && it.level == '%s' }.platforms".formatted(type, level));
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long byYear(JsonPath counts, int year) {
        Object value = counts.getMap("byYearRecognised").get(String.valueOf(year));
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void upload(String path, String body) {
        admin().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200);
    }

    private static JsonPath get(String path) {
        return admin().when().get(path).then().statusCode(200).extract().body()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.forRole("park-admin"));
    }
}
