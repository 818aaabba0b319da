package io.parksuite.indicator.domain.growth;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the assessment of one enterprise for one year reads: from the registry (founded, industry,
 * valuation) and from the reports and annual figures (revenue, profit and R&D expense of the
 * assessed year and of three years before). Unknown figures are null.
 */
public record GrowthFacts(String uscc, String name, LocalDate foundedOn, String industryCode,
                          BigDecimal revenue, BigDecimal baseRevenue, BigDecimal profit, BigDecimal baseProfit,
                          BigDecimal rdExpense, Valuation valuation) {

    /** A dated, sourced valuation (估值). */
    public record Valuation(BigDecimal amount, String currency, LocalDate valuedOn, String source) {
    }
}
