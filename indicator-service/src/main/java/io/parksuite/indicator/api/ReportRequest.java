package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A monthly statistical report (统计月报) as an enterprise or the statistics office sends it, one
 * row of a bulk file. Money is in yuan unless {@code unit} says 万元 (10,000 yuan).
 */
@Schema(name = "StatisticalReportRequest", description = "A monthly statistical report (统计月报) of one enterprise "
        + "and period; money in yuan unless unit says 万元", example = """
        {"uscc": "91430112M000100Y4X", "period": "2019-08", "status": "PRELIMINARY", "unit": "元",
         "outputValueYuan": 850000000.00, "salesOutputYuan": 830000000.00, "revenueYuan": 840000000.00,
         "taxYuan": 42000000.00, "employees": 1850, "energyTce": 1200.5, "exportDeliveryValueYuan": 120000000.00}""")
public record ReportRequest(
        @NotBlank @Schema(description = "统一社会信用代码 (USCC) of the reporting enterprise, which must be known from "
                + "the registry's events", pattern = RequestParameters.USCC_PATTERN, example = "91430112M000100Y4X")
        String uscc,
        @NotBlank @Schema(description = "YYYY-MM of a period that is over; 02 covers 1–2月, January is not a period",
                pattern = RequestParameters.PERIOD_PATTERN, example = "2019-08") String period,
        @Schema(description = "PRELIMINARY (default) or FINAL; a final report is revised only by another final one",
                ref = "StatisticalReportStatus", defaultValue = "PRELIMINARY") String status,
        @Schema(description = "Unit of the money fields: 元 (yuan, default) or 万元 (10,000 yuan)",
                ref = "MoneyUnit", defaultValue = "元") String unit,
        @NotNull @Schema(description = "工业总产值 at current prices, in unit", minimum = "0", example = "850000000.00")
        BigDecimal outputValueYuan,
        @NotNull @Schema(description = "销售产值 at current prices, in unit", minimum = "0", example = "830000000.00")
        BigDecimal salesOutputYuan,
        @NotNull @Schema(description = "主营业务收入, in unit", minimum = "0", example = "840000000.00")
        BigDecimal revenueYuan,
        @NotNull @Schema(description = "税收, in unit", minimum = "0", example = "42000000.00") BigDecimal taxYuan,
        @NotNull @Schema(description = "从业人员 at the end of the month", minimum = "0", example = "1850")
        Integer employees,
        @Schema(description = "综合能源消费量, tonnes of standard coal equivalent (optional)", minimum = "0",
                example = "1200.5") BigDecimal energyTce,
        @Schema(description = "出口交货值: the part of salesOutputYuan delivered for export, at current prices, in unit; "
                + "0 when absent, never above salesOutputYuan", minimum = "0", example = "120000000.00")
        BigDecimal exportDeliveryValueYuan) {
}
