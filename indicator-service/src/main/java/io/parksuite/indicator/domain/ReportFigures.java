package io.parksuite.indicator.domain;

import java.math.BigDecimal;

/** The figures of one monthly report, in yuan, persons and tonnes of standard coal equivalent. */
public record ReportFigures(BigDecimal outputValueYuan, BigDecimal salesOutputYuan, BigDecimal revenueYuan,
                            BigDecimal taxYuan, int employees, BigDecimal energyTce) {
}
