package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A current report revision summed into a figure. */
@Schema(name = "LineageReport", description = "A current report revision (现行版本) summed into the figure: this "
        + "year's into the year to date, last year's (base true) into the same-scope base",
        requiredProperties = {"period", "revision", "status", "submittedBy", "submittedAt", "value", "base"},
        example = "{\"period\": \"2019-08\", \"revision\": 2, \"status\": \"FINAL\", \"submittedBy\": "
                + "\"statistician-li\", \"submittedAt\": \"2019-09-10T09:30:00Z\", \"value\": 830000000.00, "
                + "\"base\": false}")
public record LineageReportResponse(
        @Schema(description = "The report's period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The revision number (报表版本), 1 for the first", example = "2") int revision,
        @Schema(description = "PRELIMINARY (初报) or FINAL (终报)", example = "FINAL") StatisticalReportStatus status,
        @Schema(description = "Who submitted the revision (报送人): the token's subject", example = "statistician-li")
        String submittedBy,
        @Schema(description = "When the revision was submitted (报送时间)", example = "2019-09-10T09:30:00Z")
        OffsetDateTime submittedAt,
        @Schema(description = "The report's value of the indicator's measure", example = "830000000.00")
        BigDecimal value,
        @Schema(description = "true for a report of the base year, summed into the same-scope base", example = "false")
        boolean base) {

    static LineageReportResponse of(Lineage.ReportUsed report) {
        return new LineageReportResponse(report.period(), report.revision(),
                WireEnums.of(StatisticalReportStatus.class, report.status()), report.submittedBy(),
                report.submittedAt(), report.value(), report.base());
    }
}
