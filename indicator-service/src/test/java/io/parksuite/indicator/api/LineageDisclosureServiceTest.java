package io.parksuite.indicator.api;

import io.parksuite.indicator.Registry;
import io.parksuite.indicator.ReleaseCalendar;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计法 for lineages: a role that may not see enterprise figures never receives an enterprise
 * (checked on the raw answer), gets no count of a withheld cell and the withheld cells without
 * the reason; the enterprise-level lineage is audited and exports to XLSX with Chinese titles. The
 * streets report in 2022–2023 under names of their own, three of them: two enterprises (withheld),
 * three small ones (its complement) and four large ones (shown).
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class LineageDisclosureServiceTest {

    private static final List<String> NON_DISCLOSING = List.of("park-leader", "investment-officer", "approval-officer",
            "service-manager", "gov-system", "enterprise");
    private static final String PERIOD = "2023-03";

    @Inject
    Registry registry;

    @Inject
    EntityManager entityManager;

    private static final List<String> USCCS = new ArrayList<>();
    private static String two;
    private static String small;
    private static String open;

    /** Once for the class: the period's street cells then hold exactly these three streets. */
    @BeforeEach
    void streets() {
        if (two != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        two = "LIN_TWO_" + suffix;
        small = "LIN_SMALL_" + suffix;
        open = "LIN_OPEN_" + suffix;
        Reports reports = Reports.of();
        street(reports, two, 500, 520);
        street(reports, small, 200, 210, 220);
        street(reports, open, 1000, 1100, 1200, 1300);
        reports.send();
        ReleaseCalendar.release("2023-02", PERIOD);
    }

    private void street(Reports reports, String street, long... outputs) {
        for (long output : outputs) {
            String uscc = TestUscc.random();
            USCCS.add(uscc);
            registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(2022, 2023));
            reports.months(uscc, 2022, 3, output).months(uscc, 2023, 3, output + 100);
        }
    }

    private String raw(String role, String member) {
        return given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", PERIOD)
                .queryParam("dimension", "STREET").queryParam("member", member)
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void aNonDisclosingRoleNeverReceivesEnterpriseLevelLineage() {
        for (String role : NON_DISCLOSING) {
            for (String member : List.of(two, small, open)) {
                String body = raw(role, member);
                for (String uscc : USCCS) {
                    assertFalse(body.contains(uscc), role + " received " + uscc + ": " + body);
                }
                assertFalse(body.contains("\"uscc\"") || body.contains("测试企业") || body.contains("\"reports\""),
                        role + ": " + body);
                assertFalse(body.contains("reason") || body.contains("sensitive") || body.contains("p%"), body);
                JsonPath json = new JsonPath(body).using(LineageServiceTest.EXACT);
                assertEquals(false, json.get("enterpriseLevel"));
                assertNull(json.get("contributors"));
            }
        }
        JsonPath withheld = new JsonPath(raw("park-leader", two)).using(LineageServiceTest.EXACT);
        assertEquals(true, withheld.get("figure.suppressed"));
        Map<String, Object> totals = withheld.getMap("totals");
        totals.forEach((field, value) -> assertNull(value, "a withheld cell gives no " + field));
        List<Map<String, Object>> cells = withheld.getList("withheldCells");
        for (Map<String, Object> cell : cells) {
            assertEquals(Set.of("dimension", "member", "part"), cell.keySet());
        }
        assertTrue(cells.contains(Map.of("dimension", "STREET", "member", two, "part", "FIGURES")), cells.toString());
        assertTrue(cells.contains(Map.of("dimension", "STREET", "member", small, "part", "FIGURES")), cells.toString());

        JsonPath shown = new JsonPath(raw("park-leader", open)).using(LineageServiceTest.EXACT);
        assertEquals(false, shown.get("figure.suppressed"));
        assertEquals(4, (Integer) shown.get("totals.reporting"));
        assertEquals(4, (Integer) shown.get("totals.inBase"), shown.prettify());
        assertEquals(0, new BigDecimal("8.7").compareTo(new BigDecimal(shown.get("figure.yoyPct").toString())));
        assertFalse(shown.<Map<String, Object>>getList("withheldCells").stream()
                .anyMatch(cell -> open.equals(cell.get("member"))), shown.prettify());
        assertEquals(0, new BigDecimal("10000").compareTo(new BigDecimal(shown.get("totals.ytdValue").toString())));
        assertEquals(2023, (Integer) shown.get("rules.classificationYear"));
        assertEquals(2022, (Integer) shown.get("rules.baseYear"));

        JsonPath full = LineageServiceTest.lineage("park-admin", "INDUSTRIAL_OUTPUT", PERIOD, "STREET", two);
        assertEquals(true, full.get("enterpriseLevel"));
        assertEquals(2, full.getList("contributors").size());
        assertTrue(USCCS.contains(full.getString("contributors[0].uscc")));

        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2023-04")
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", "2023-04")
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", PERIOD)
                .queryParam("indicator", "NO_SUCH_INDICATOR").when().get("/api/v1/indicators/lineage").then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", PERIOD)
                .queryParam("dimension", "STREET")
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage").then().statusCode(422);
        for (Map.Entry<String, Integer> outOfBounds : List.of(Map.entry("size", 0), Map.entry("size", 201),
                Map.entry("page", -1))) {
            given().auth().oauth2(TestTokens.forRole("statistician")).queryParam("period", PERIOD)
                    .queryParam("indicator", "INDUSTRIAL_OUTPUT")
                    .queryParam(outOfBounds.getKey(), outOfBounds.getValue())
                    .when().get("/api/v1/indicators/lineage").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(outOfBounds.getKey()));
        }
    }

    @Test
    void theLineageExportsToXlsxWithChineseTitlesAndEnterprisesOnlyForTheStatisticsOffice() throws Exception {
        try (XSSFWorkbook workbook = xlsx("statistician")) {
            assertEquals("数据溯源", workbook.getSheetName(0));
            Sheet enterprises = workbook.getSheet("企业明细");
            List<String> headers = new ArrayList<>();
            enterprises.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of("企业名称", "统一社会信用代码", "报表版本", "报表状态", "报送人", "报送时间", "本月",
                    "1–3月累计", "上年同月", "上年同期", "计入同口径基数"), headers);
            assertEquals(5, enterprises.getLastRowNum(), "four enterprises and the total");
            Row total = enterprises.getRow(5);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(10000.0, total.getCell(7).getNumericCellValue());
            assertEquals(9200.0, total.getCell(9).getNumericCellValue());
            List<String> usccs = new ArrayList<>();
            for (int r = 1; r < 5; r++) {
                usccs.add(enterprises.getRow(r).getCell(1).getStringCellValue());
            }
            JsonPath json = LineageServiceTest.lineage("statistician", "INDUSTRIAL_OUTPUT", PERIOD, "STREET", open);
            assertEquals(json.getList("contributors.uscc"), usccs, "every contributor, as the JSON pages list them");
            Sheet reports = workbook.getSheet("报表版本");
            assertTrue(reports.getLastRowNum() >= 4, "the report revisions of the four: " + reports.getLastRowNum());
            assertTrue(usccs.contains(reports.getRow(1).getCell(1).getStringCellValue()));
        }
        byte[] accepted = given().auth().oauth2(TestTokens.forRole("statistician")).accept(FigureExport.XLSX)
                .queryParam("period", PERIOD).queryParam("dimension", "STREET").queryParam("member", open)
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).contentType(FigureExport.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(accepted))) {
            assertNotNull(workbook.getSheet("企业明细"));
        }
        try (XSSFWorkbook workbook = xlsx("park-leader")) {
            assertNull(workbook.getSheet("企业明细"));
            assertNull(workbook.getSheet("报表版本"));
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertFalse(USCCS.contains(cell.toString()), sheet.getSheetName() + ": " + cell))));
        }
    }

    @Test
    void aStatisticiansLineageReadIsAudited() {
        String requestId = "lineage-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).auth().oauth2(TestTokens.forRole("statistician"))
                .queryParam("period", PERIOD).queryParam("dimension", "STREET").queryParam("member", open)
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> entry(requestId) != null);
        Object[] entry = entry(requestId);
        assertEquals("test-statistician", entry[0]);
        assertEquals("confidential-read", entry[1]);
        assertTrue(entry[2].toString().startsWith("/api/v1/indicators/lineage?"), entry[2].toString());
    }

    private Object[] entry(String requestId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select subject, kind, path from audit_entry where request_id = ?1")
                .setParameter(1, requestId).getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private XSSFWorkbook xlsx(String role) throws Exception {
        byte[] bytes = given().auth().oauth2(TestTokens.forRole(role)).queryParam("period", PERIOD)
                .queryParam("dimension", "STREET").queryParam("member", open).queryParam("format", "xlsx")
                .queryParam("indicator", "INDUSTRIAL_OUTPUT").when().get("/api/v1/indicators/lineage")
                .then().statusCode(200).contentType(FigureExport.XLSX).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
