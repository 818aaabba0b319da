package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.service.IndicatorFigure;
import io.parksuite.indicator.service.Lineage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The lineage workbook written as the contributors are traced: every contributor and report
 * revision lands in order, a sheet that reaches its last row goes on in a numbered sheet of the
 * same title, and the overview sheet, written last, stays first.
 */
class LineageExportTest {

    private static final Period PERIOD = new Period(2024, 3);

    @Test
    void sheetsPastTheirLastRowGoOnInNumberedSheetsWithEveryRowInOrder() throws Exception {
        int contributors = 35;
        byte[] bytes = write(30, contributors, 2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> titles = new ArrayList<>();
            workbook.forEach(sheet -> titles.add(sheet.getSheetName()));
            assertEquals(List.of("数据溯源", "企业明细", "报表版本", "报表版本 (2)", "企业明细 (2)", "报表版本 (3)",
                    "保密单元"), titles, "30 rows a sheet: 15 contributors' reports, 30 contributors");
            List<String> enterprises = column(workbook, "企业明细", 1);
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < contributors; c++) {
                expected.add(uscc(c));
            }
            expected.add("");
            assertEquals(expected, enterprises, "every contributor once, in order, then the total row");
            List<String> reports = column(workbook, "报表版本", 1);
            assertEquals(contributors * 2, reports.size());
            for (int r = 0; r < reports.size(); r++) {
                assertEquals(uscc(r / 2), reports.get(r), "report row " + r);
            }
            Sheet last = workbook.getSheet("企业明细 (2)");
            assertEquals("合计", last.getRow(last.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals(contributors * 10.0, last.getRow(last.getLastRowNum()).getCell(7).getNumericCellValue());
            assertEquals("企业名称", last.getRow(0).getCell(0).getStringCellValue(), "each sheet has the titles");
        }
    }

    @Test
    void aLineageWithoutEnterprisesHasNoEnterpriseSheets() throws Exception {
        Response response = LineageExport.of(PERIOD, each -> lineage(0, null));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body(response)))) {
            assertEquals("数据溯源", workbook.getSheetName(0));
            assertNull(workbook.getSheet("企业明细"));
            assertNull(workbook.getSheet("报表版本"));
        }
    }

    private static byte[] write(int lastRow, int contributors, int reportsEach) throws Exception {
        Response response = LineageExport.of(PERIOD, lastRow, each -> {
            for (int c = 0; c < contributors; c++) {
                List<Lineage.ReportUsed> reports = new ArrayList<>();
                for (int r = 0; r < reportsEach; r++) {
                    reports.add(new Lineage.ReportUsed(new Period(2024, 2 + r).toString(), 1, "FINAL", "statistician",
                            OffsetDateTime.parse("2024-04-10T09:00:00+08:00"), BigDecimal.valueOf(5), false));
                }
                each.accept(new Lineage.Contributor(uscc(c), "企业" + c, 1, "FINAL", "statistician",
                        OffsetDateTime.parse("2024-04-10T09:00:00+08:00"), BigDecimal.valueOf(5),
                        BigDecimal.TEN, null, null, false, reports));
            }
            return lineage(contributors, List.of());
        });
        return body(response);
    }

    private static byte[] body(Response response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        return out.toByteArray();
    }

    private static List<String> column(XSSFWorkbook workbook, String title, int column) {
        List<String> values = new ArrayList<>();
        for (int n = 1; workbook.getSheet(n == 1 ? title : title + " (" + n + ")") != null; n++) {
            Sheet sheet = workbook.getSheet(n == 1 ? title : title + " (" + n + ")");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(column);
                values.add(cell == null ? null : cell.getStringCellValue());
            }
        }
        return values;
    }

    private static String uscc(int n) {
        return "91430112%010dX".formatted(n);
    }

    private static Lineage lineage(int contributors, List<Lineage.Contributor> kept) {
        IndicatorFigure figure = IndicatorFigure.builder().indicator("TAX", "税收", "Tax", "元").scope("ALL")
                .source("REPORTS").cell("PARK", "PARK").period(PERIOD.toString(), "3月", PERIOD.ytdLabel())
                .ytdValue(BigDecimal.valueOf(contributors * 10L)).build();
        Lineage.Totals totals = new Lineage.Totals(contributors, contributors, 0, contributors,
                BigDecimal.valueOf(contributors * 5L), BigDecimal.valueOf(contributors * 10L), null, null, null, null);
        return new Lineage("TAX", "税收", "元", PERIOD.toString(), "PARK", "PARK", "REPORTS", kept != null, figure,
                new Lineage.Rules("ALL", 2024, 2023, "cell", "ytd", "base"), totals, kept, List.of(), List.of(),
                List.of(), List.of());
    }
}
