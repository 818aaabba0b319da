package io.parksuite.indicator.api;

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
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class IndicatorExportServiceTest {

    @Inject
    Registry registry;

    @Test
    void theBreakdownExportsAsCsvAndXlsxWithChineseTitlesAndUnits() throws Exception {
        String street = "EXPORT_" + TestUscc.random().substring(9);
        Reports reports = Reports.of();
        for (int i = 0; i < 3; i++) {
            String uscc = TestUscc.random();
            registry.apply(Registry.snapshot(uscc, 1).street(street).aboveScale(2003));
            reports.add(uscc, "2003-02", 1000 + i);
        }
        reports.send();

        byte[] csvBytes = given().auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("dimension", "STREET").queryParam("period", "2003-02").queryParam("format", "csv")
                .when().get("/api/v1/indicators/breakdown/export")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF指标代码,指标名称,计量单位,统计口径"), csv);
        assertTrue(csv.contains("累计值") && csv.contains("同比增长（同口径，%）"), csv);
        assertTrue(csv.contains("INDUSTRIAL_OUTPUT,规模工业总产值,元,规上,STREET," + street + ",2003-02,3003.00,3003.00,1–2月"),
                csv);

        byte[] xlsx = given().auth().oauth2(TestTokens.forRole("park-admin"))
                .queryParam("dimension", "STREET").queryParam("period", "2003-02").queryParam("format", "xlsx")
                .when().get("/api/v1/indicators/breakdown/export")
                .then().statusCode(200).contentType(FigureExport.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("经济指标");
            assertEquals("指标名称", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("累计值", sheet.getRow(0).getCell(8).getStringCellValue());
            List<Row> mine = new ArrayList<>();
            sheet.forEach(row -> {
                if (row.getRowNum() > 0 && street.equals(row.getCell(5).getStringCellValue())) {
                    mine.add(row);
                }
            });
            assertEquals(1, mine.size());
            assertEquals(3003.0, mine.get(0).getCell(8).getNumericCellValue());
            assertEquals("规上", mine.get(0).getCell(3).getStringCellValue());
        }

        ReleaseCalendar.release("2003-02");
        given().auth().oauth2(TestTokens.forRole("park-leader")).queryParam("period", "2003-02")
                .queryParam("format", "pdf")
                .when().get("/api/v1/indicators/dashboard/export")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }
}
