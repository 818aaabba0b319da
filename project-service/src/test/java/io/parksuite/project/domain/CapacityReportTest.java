package io.parksuite.project.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CapacityReportTest {

    @Test
    void theShareOfThePlanIsAPercentWithOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("26.7"), report("40000000", "台/年").shareOf(new BigDecimal("150000000"), "台/年"));
        assertEquals(new BigDecimal("100.0"), report("10", "条生产线").shareOf(new BigDecimal("10.00"), "条生产线"));
        assertEquals(new BigDecimal("83.4"), report("33340000", "台/年").shareOf(new BigDecimal("40000000"), "台/年"));
        assertEquals(new BigDecimal("112.5"), report("45000000", "台/年").shareOf(new BigDecimal("40000000"), "台/年"));
    }

    @Test
    void thereIsNoShareWithoutAPositivePlanInTheSameUnit() {
        assertNull(report("10", "台/年").shareOf(null, "台/年"));
        assertNull(report("10", "台/年").shareOf(BigDecimal.ZERO, "台/年"));
        assertNull(report("10", "台/年").shareOf(new BigDecimal("40"), null));
        assertNull(report("10", "台/年").shareOf(new BigDecimal("40"), "吨/年"));
    }

    private static CapacityReport report(String quantity, String unit) {
        CapacityReport report = new CapacityReport();
        report.reachedQuantity = new BigDecimal(quantity);
        report.unit = unit;
        return report;
    }
}
