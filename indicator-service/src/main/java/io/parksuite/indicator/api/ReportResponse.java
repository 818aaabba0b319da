package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.StatisticalReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One revision of a monthly statistical report; {@code current} marks the one that counts. */
@Schema(name = "StatisticalReport", example = """
        {"uscc": "91430112M000100Y43", "period": "2019-08", "periodLabel": "8月", "revision": 2, "status": "FINAL",
         "current": true, "outputValueYuan": 850000000.00, "salesOutputYuan": 830000000.00,
         "revenueYuan": 840000000.00, "taxYuan": 42000000.00, "employees": 1850, "energyTce": 1200.5,
         "submittedBy": "statistician-1", "submittedAt": "2019-09-10T02:00:00Z"}""")
public record ReportResponse(String uscc, String period, String periodLabel, int revision, String status,
                             boolean current, BigDecimal outputValueYuan, BigDecimal salesOutputYuan,
                             BigDecimal revenueYuan, BigDecimal taxYuan, int employees, BigDecimal energyTce,
                             String submittedBy, OffsetDateTime submittedAt) {

    static ReportResponse of(StatisticalReport r) {
        return new ReportResponse(r.uscc, r.period().toString(), r.period().monthLabel(), r.revision, r.status,
                r.current, r.outputValueYuan, r.salesOutputYuan, r.revenueYuan, r.taxYuan, r.employees, r.energyTce,
                r.submittedBy, r.submittedAt);
    }
}
