package io.parksuite.indicator.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading 当月 and 1–X月累计 out of rollup rows, and the percentages derived from them. */
class RollupViewTest {

    private static final Cell.Scope ALL = Cell.Scope.ALL;
    private static final Cell.Dimension PARK = Cell.Dimension.PARK;

    private static Measures measures(int enterprises, long output, long employees) {
        return new Measures(enterprises, BigDecimal.valueOf(output), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, employees, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static RollupView view() {
        Map<Cell, Measures> cells = new TreeMap<>();
        cells.put(new Cell(ALL, PARK, Cell.PARK, 2019, 2019, 2), measures(3, 100, 50));
        cells.put(new Cell(ALL, PARK, Cell.PARK, 2019, 2019, 4), measures(3, 40, 70));
        cells.put(new Cell(ALL, PARK, Cell.PARK, 2019, 2018, 4), measures(2, 30, 60));
        return new RollupView(cells);
    }

    @Test
    void aFlowSumsTheMonthsSoFarSkippingMonthsNobodyReported() {
        assertEquals(BigDecimal.valueOf(140),
                view().ytd(ALL, PARK, Cell.PARK, 2019, 2019, 4, Measures.Measure.OUTPUT_VALUE));
        assertEquals(BigDecimal.valueOf(100),
                view().ytd(ALL, PARK, Cell.PARK, 2019, 2019, 3, Measures.Measure.OUTPUT_VALUE));
    }

    @Test
    void aStockIsTheMonthsOwnValue() {
        assertEquals(BigDecimal.valueOf(70), view().ytd(ALL, PARK, Cell.PARK, 2019, 2019, 4,
                Measures.Measure.EMPLOYEES));
        assertNull(view().ytd(ALL, PARK, Cell.PARK, 2019, 2019, 3, Measures.Measure.EMPLOYEES));
    }

    @Test
    void aMonthNobodyReportedHasNoFigure() {
        assertNull(view().month(ALL, PARK, Cell.PARK, 2019, 2019, 3, Measures.Measure.OUTPUT_VALUE));
        assertNull(view().ytd(ALL, PARK, "CHAIN_X", 2019, 2019, 4, Measures.Measure.OUTPUT_VALUE));
        assertEquals(BigDecimal.valueOf(30),
                view().month(ALL, PARK, Cell.PARK, 2019, 2018, 4, Measures.Measure.OUTPUT_VALUE));
    }

    @Test
    void growthNeedsAPositiveBaseAndRoundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("33.3"), RollupView.growthPct(BigDecimal.valueOf(40), BigDecimal.valueOf(30)));
        assertEquals(new BigDecimal("-50.0"), RollupView.growthPct(BigDecimal.valueOf(15), BigDecimal.valueOf(30)));
        assertEquals(new BigDecimal("0.1"), RollupView.growthPct(new BigDecimal("1000.5"), BigDecimal.valueOf(1000)));
        assertNull(RollupView.growthPct(BigDecimal.TEN, BigDecimal.ZERO));
        assertNull(RollupView.growthPct(BigDecimal.TEN, BigDecimal.valueOf(-5)));
        assertNull(RollupView.growthPct(null, BigDecimal.TEN));
    }

    @Test
    void sharesAndPercentagePoints() {
        assertEquals(new BigDecimal("66.7"), RollupView.sharePct(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
        assertNull(RollupView.sharePct(BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals(new BigDecimal("-1.3"), RollupView.ppChange(new BigDecimal("10.2"), new BigDecimal("11.5")));
        assertNull(RollupView.ppChange(null, BigDecimal.ONE));
    }
}
