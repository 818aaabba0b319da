package io.parksuite.indicator.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What disclosure control takes out of a figure, and what it leaves. */
class IndicatorFigureTest {

    private static final IndicatorFigure FULL = IndicatorFigure.builder()
            .indicator("TAX", "税收", "Tax", "元").scope("ALL").source("REPORTS").cell("CHAIN", "CHAIN_X")
            .period("2019-08", "8月", "1–8月").value(BigDecimal.ONE).ytdValue(BigDecimal.TEN)
            .yoyPct(BigDecimal.valueOf(5)).naiveYoyPct(BigDecimal.valueOf(6)).monthYoyPct(BigDecimal.valueOf(7))
            .ppChange(BigDecimal.valueOf(1)).sharePct(BigDecimal.valueOf(20)).target(BigDecimal.valueOf(100))
            .targetProgressPct(BigDecimal.valueOf(10)).rank(2, 5).enterprises(4).build();

    @Test
    void theBuilderRoundTrips() {
        assertEquals(FULL, FULL.toBuilder().build());
    }

    @Test
    void aSuppressedCellKeepsOnlyItsLabelsAndTarget() {
        IndicatorFigure suppressed = FULL.suppress();
        assertTrue(suppressed.suppressed());
        assertEquals(BigDecimal.valueOf(100), suppressed.target());
        assertEquals("CHAIN_X", suppressed.member());
        assertNull(suppressed.value());
        assertNull(suppressed.ytdValue());
        assertNull(suppressed.targetProgressPct());
        assertNull(suppressed.rank());
        assertNull(suppressed.enterprises());
    }

    @Test
    void withoutTheSameScopeBaseGoGrowthChangeAndRank() {
        IndicatorFigure shown = FULL.withoutSameScopeGrowth();
        assertNull(shown.yoyPct());
        assertNull(shown.monthYoyPct());
        assertNull(shown.ppChange());
        assertNull(shown.rank());
        assertEquals(BigDecimal.valueOf(6), shown.naiveYoyPct());
        assertEquals(BigDecimal.TEN, shown.ytdValue());
        assertNull(FULL.withoutLastYearGrowth().naiveYoyPct());
        assertEquals(BigDecimal.valueOf(5), FULL.withoutLastYearGrowth().yoyPct());
        assertNull(FULL.withoutShare().sharePct());
        assertEquals(2, FULL.withoutShare().rank());
    }
}
