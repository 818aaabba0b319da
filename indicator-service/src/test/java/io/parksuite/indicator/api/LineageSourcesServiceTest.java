package io.parksuite.indicator.api;

import io.parksuite.indicator.ReleaseCalendar;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The lineage of figures not summed from reports, in 2025 (its base 2024), which no other test
 * uses: an official figure names the records it was taken from, fixed-asset investment the
 * monthly sums of the project copy, which add up to it, and a desk rate the applications it counts.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class LineageSourcesServiceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anOfficialFigureNamesThePublishedRecordsItWasTakenFrom() {
        given().auth().oauth2(TestTokens.forRole("statistician")).contentType("application/json").body("""
                [{"parkCode": "WANGCHENG_ETDZ", "indicatorCode": "INDUSTRIAL_VALUE_ADDED", "period": "2025-02",
                  "ytdValue": 600.00, "ytdGrowthPct": 9.5, "source": "市统计局月报", "publishedOn": "2025-03-20"},
                 {"parkCode": "WANGCHENG_ETDZ", "indicatorCode": "INDUSTRIAL_VALUE_ADDED", "period": "2025-03",
                  "ytdValue": 950.00, "ytdGrowthPct": 10.1, "source": "市统计局月报", "publishedOn": "2025-04-20"},
                 {"parkCode": "LIUYANG_ETDZ", "indicatorCode": "INDUSTRIAL_VALUE_ADDED", "period": "2025-03",
                  "ytdValue": 800.00, "ytdGrowthPct": 12.0, "source": "市统计局月报", "publishedOn": "2025-04-20"}]""")
                .when().post("/api/v1/indicators/official-figures").then().statusCode(200);

        ReleaseCalendar.release("2025-03");
        JsonPath lineage = LineageServiceTest.lineage("park-leader", "INDUSTRIAL_VALUE_ADDED", "2025-03", "PARK",
                null);
        assertEquals("OFFICIAL", lineage.get("source"));
        assertEquals(0, new BigDecimal("350").compareTo(new BigDecimal(lineage.get("figure.value").toString())));
        assertEquals(List.of("OWN", "OWN_PREVIOUS_MONTH", "PEER"), lineage.getList("officialFigures.use"));
        assertEquals(List.of("2025-03", "2025-02", "2025-03"), lineage.getList("officialFigures.period"));
        assertEquals("test-statistician", lineage.get("officialFigures[0].recordedBy"));
        assertEquals(2, (Integer) lineage.get("figure.rank"));
        assertNull(lineage.get("totals"));
    }

    @Test
    void anApprovalDeskRateIsCountedOutOfItsApplications() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into application_copy (application_id, channel, status, submitted_at, visits, aggregate_version)
                values ('LIN-A1', 'ONLINE', 'SUBMITTED', '2025-05-10T02:00:00Z', 0, 1),
                       ('LIN-A2', 'ONLINE', 'SUBMITTED', '2025-05-12T02:00:00Z', 0, 1),
                       ('LIN-A3', 'COUNTER', 'SUBMITTED', '2025-05-13T02:00:00Z', 1, 1),
                       ('LIN-A4', 'ONLINE', 'SUBMITTED', '2025-03-02T02:00:00Z', 0, 1)""").executeUpdate());

        JsonPath lineage = LineageServiceTest.lineage("statistician", "ONLINE_RATE", "2025-05", "PARK", null);
        assertEquals("APPROVALS", lineage.get("source"));
        assertEquals(List.of(Map.of("window", "MONTH", "counted", 2, "of", 3),
                Map.of("window", "YEAR_TO_DATE", "counted", 3, "of", 4)), lineage.getList("counts"));
        assertEquals(0, new BigDecimal("66.7").compareTo(new BigDecimal(lineage.get("figure.value").toString())));
        assertEquals(0, new BigDecimal("75.0").compareTo(new BigDecimal(lineage.get("figure.ytdValue").toString())));
    }

    @Test
    void fixedAssetInvestmentIsTheSumOfItsMonths() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into fai_rollup (year, month, dimension, member, projects, completed_yuan) values
                 (2025, 2, 'PARK', 'PARK', 3, 300.50), (2025, 3, 'PARK', 'PARK', 4, 420.25),
                 (2024, 2, 'PARK', 'PARK', 2, 250.00), (2024, 3, 'PARK', 'PARK', 2, 310.00)""").executeUpdate());

        JsonPath lineage = LineageServiceTest.lineage("statistician", "FIXED_ASSET_INVESTMENT", "2025-03", "PARK",
                null);
        assertEquals("PROJECTS", lineage.get("source"));
        List<Map<String, Object>> months = lineage.getList("activityInputs");
        BigDecimal ytd = BigDecimal.ZERO;
        BigDecimal base = BigDecimal.ZERO;
        for (Map<String, Object> month : months) {
            BigDecimal value = new BigDecimal(month.get("value").toString());
            if ((Boolean) month.get("base")) {
                base = base.add(value);
            } else {
                ytd = ytd.add(value);
            }
        }
        assertEquals(4, months.size());
        assertEquals(0, ytd.compareTo(new BigDecimal(lineage.get("figure.ytdValue").toString())));
        assertEquals(0, new BigDecimal("420.25").compareTo(new BigDecimal(lineage.get("figure.value").toString())));
        assertEquals(0, new BigDecimal("560.00").compareTo(base));
        assertEquals(0, new BigDecimal("28.7").compareTo(new BigDecimal(lineage.get("figure.yoyPct").toString())));
    }
}
