package io.parksuite.indicator.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A monthly statistical report (统计月报) as an enterprise or the statistics office sends it, one
 * row of a bulk file. Money is in yuan unless {@code unit} says 万元 (10,000 yuan).
 */
@Schema(name = "StatisticalReportRequest", example = """
        {"uscc": "91430112M000100Y43", "period": "2019-08", "status": "PRELIMINARY", "unit": "元",
         "outputValueYuan": 850000000.00, "salesOutputYuan": 830000000.00, "revenueYuan": 840000000.00,
         "taxYuan": 42000000.00, "employees": 1850, "energyTce": 1200.5}""")
public record ReportRequest(
        @NotBlank @Schema(description = "统一社会信用代码 of the reporting enterprise") String uscc,
        @NotBlank @Schema(description = "YYYY-MM, February covers 1–2月; January is not a period") String period,
        @Schema(description = "PRELIMINARY (default) or FINAL", enumeration = {"PRELIMINARY", "FINAL"}) String status,
        @Schema(description = "Unit of the money fields: 元 (default) or 万元") String unit,
        @NotNull @Schema(description = "工业总产值, current prices") BigDecimal outputValueYuan,
        @NotNull @Schema(description = "销售产值, current prices") BigDecimal salesOutputYuan,
        @NotNull @Schema(description = "主营业务收入") BigDecimal revenueYuan,
        @NotNull @Schema(description = "税收") BigDecimal taxYuan,
        @NotNull @Schema(description = "从业人员 at the end of the month") Integer employees,
        @Schema(description = "综合能源消费量, tonnes of standard coal equivalent (optional)") BigDecimal energyTce) {
}
