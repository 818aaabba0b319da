package io.parksuite.indicator.domain;

import io.parksuite.indicator.domain.growth.GrowthRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GrowthRulesTest {

    @Test
    void compoundGrowthOverThreeYearsIsTheCubeRootOfTheRatio() {
        assertEquals(new BigDecimal("26.0"), GrowthRules.cagr(new BigDecimal("100"), new BigDecimal("200")));
        assertEquals(new BigDecimal("0.0"), GrowthRules.cagr(new BigDecimal("5"), new BigDecimal("5")));
        assertEquals(new BigDecimal("-20.6"), GrowthRules.cagr(new BigDecimal("200"), new BigDecimal("100")));
    }

    @Test
    void noGrowthWithoutAPositiveBase() {
        assertNull(GrowthRules.cagr(BigDecimal.ZERO, new BigDecimal("200")));
        assertNull(GrowthRules.cagr(null, new BigDecimal("200")));
        assertNull(GrowthRules.cagr(new BigDecimal("-3"), new BigDecimal("200")));
        assertNull(GrowthRules.cagr(new BigDecimal("3"), null));
    }
}
