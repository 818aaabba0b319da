package io.parksuite.indicator.domain.growth;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of assessing one enterprise for one programme and year, with the figures it rests on. */
public record Assessment(String uscc, String name, Programme programme, int year, Standing standing,
                         GrowthFacts facts, BigDecimal revenueCagrPct, BigDecimal profitCagrPct,
                         BigDecimal rdIntensityPct, BigDecimal valuationUsd, List<Shortfall> shortfalls) {
}
