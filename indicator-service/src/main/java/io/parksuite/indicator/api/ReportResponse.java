package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.StatisticalReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One revision of a monthly statistical report; {@code current} marks the one that counts. */
@Schema(name = "StatisticalReport", description = "One revision of an enterprise's monthly statistical report "
        + "(统计月报), money in yuan", requiredProperties = {"uscc", "period", "periodLabel", "revision", "status",
        "current", "outputValueYuan", "salesOutputYuan", "revenueYuan", "taxYuan", "employees",
        "exportDeliveryValueYuan", "submittedBy", "submittedAt"}, example = """
        {"uscc": "91430112M000100Y4X", "period": "2019-08", "periodLabel": "8月", "revision": 2, "status": "FINAL",
         "current": true, "outputValueYuan": 850000000.00, "salesOutputYuan": 830000000.00,
         "revenueYuan": 840000000.00, "taxYuan": 42000000.00, "employees": 1850, "energyTce": 1200.5,
         "exportDeliveryValueYuan": 120000000.00, "submittedBy": "statistician-1", "submittedAt": "2019-09-10T02:00:00Z"}""")
public record ReportResponse(
        @Schema(description = "统一社会信用代码 (USCC) of the enterprise", example = "91430112M000100Y4X") String uscc,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The months the report covers: 1–2月 for February", example = "8月") String periodLabel,
        @Schema(description = "The revision number, from 1", minimum = "1") int revision,
        @Schema(description = "PRELIMINARY or FINAL") StatisticalReportStatus status,
        @Schema(description = "true for the revision that counts (the latest)") boolean current,
        @Schema(description = "工业总产值 at current prices, yuan") BigDecimal outputValueYuan,
        @Schema(description = "销售产值 at current prices, yuan") BigDecimal salesOutputYuan,
        @Schema(description = "主营业务收入, yuan") BigDecimal revenueYuan,
        @Schema(description = "税收, yuan") BigDecimal taxYuan,
        @Schema(description = "从业人员 at the end of the month") int employees,
        @Schema(description = "综合能源消费量, tonnes of standard coal equivalent; null when not reported",
                nullable = true) BigDecimal energyTce,
        @Schema(description = "出口交货值 at current prices, yuan (part of salesOutputYuan; 0 when none)")
        BigDecimal exportDeliveryValueYuan,
        @Schema(description = "Who submitted this revision (the token's subject)", example = "statistician-1")
        String submittedBy,
        @Schema(description = "When this revision was stored") OffsetDateTime submittedAt) {

    static ReportResponse of(StatisticalReport r) {
        return new ReportResponse(r.uscc, r.period().toString(), r.period().monthLabel(), r.revision,
                WireEnums.of(StatisticalReportStatus.class, r.status),
                r.current, r.outputValueYuan, r.salesOutputYuan, r.revenueYuan, r.taxYuan, r.employees, r.energyTce,
                r.exportValueYuan, r.submittedBy, r.submittedAt);
    }
}
