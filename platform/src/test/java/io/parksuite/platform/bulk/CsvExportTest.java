package io.parksuite.platform.bulk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1"})
    void textThatASpreadsheetWouldEvaluateIsWrittenAsText(String formula) {
        assertEquals("'" + formula, CsvExport.text(formula));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-1250.50", CsvExport.text(new BigDecimal("-1250.50")));
        assertEquals("-3.5", CsvExport.text("-3.5"));
        assertEquals("-7", CsvExport.text(-7));
        assertEquals("湖南望城示例科技有限公司", CsvExport.text("湖南望城示例科技有限公司"));
        assertEquals("a=b", CsvExport.text("a=b"));
        assertEquals("", CsvExport.text(null));
    }

    @Test
    void aWrittenExportCarriesTheNeutralisedCell() {
        String csv = new CsvExport<String[]>().column("名称", row -> row[0]).column("金额", row -> row[1])
                .write(List.<String[]>of(new String[]{"=1+2", "-5"}));
        assertTrue(csv.contains("\"'=1+2\",-5"), csv);
    }
}
