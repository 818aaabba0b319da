package io.parksuite.indicator.domain;

import java.math.BigDecimal;

/**
 * The figures of one monthly report, in yuan, persons and tonnes of standard coal equivalent;
 * 出口交货值 (export delivery value) is the part of the sales output delivered for export.
 */
public record ReportFigures(BigDecimal outputValueYuan, BigDecimal salesOutputYuan, BigDecimal revenueYuan,
                            BigDecimal taxYuan, int employees, BigDecimal energyTce, BigDecimal exportValueYuan) {
}
