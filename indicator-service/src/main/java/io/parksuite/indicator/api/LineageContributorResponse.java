package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One enterprise's share of a figure (statistician and park-admin only). */
@Schema(name = "LineageContributor", description = "One enterprise's share of the figure's cell, with the current "
        + "revision of its report of the period and every report summed; the shares of all contributors add up to "
        + "the totals exactly",
        requiredProperties = {"uscc", "name", "inBase", "reports"},
        example = "{\"uscc\": \"91430112MA4D000046\", \"name\": \"澳优乳业（中国）有限公司\", \"reportRevision\": 2, "
                + "\"reportStatus\": \"FINAL\", \"submittedBy\": \"statistician-li\", "
                + "\"submittedAt\": \"2019-09-10T09:30:00Z\", \"value\": 830000000.00, \"ytdValue\": 6400000000.00, "
                + "\"priorValue\": 580000000.00, \"priorYtdValue\": 4600000000.00, \"inBase\": true, \"reports\": []}")
public record LineageContributorResponse(
        @Schema(description = "统一社会信用代码 (USCC)", example = "91430112MA4D000046") String uscc,
        @Schema(description = "企业名称", example = "澳优乳业（中国）有限公司") String name,
        @Schema(description = "The current revision of its report of the period; none when it did not report that "
                + "month", nullable = true, example = "2") Integer reportRevision,
        @Schema(description = "That revision's status", nullable = true, example = "FINAL")
        StatisticalReportStatus reportStatus,
        @Schema(description = "Who submitted that revision (报送人)", nullable = true, example = "statistician-li")
        String submittedBy,
        @Schema(description = "When that revision was submitted (报送时间)", nullable = true,
                example = "2019-09-10T09:30:00Z") OffsetDateTime submittedAt,
        @Schema(description = "本月: its share of the month's value", nullable = true, example = "830000000.00")
        BigDecimal value,
        @Schema(description = "1–X月累计: its share of the year to date", nullable = true, example = "6400000000.00")
        BigDecimal ytdValue,
        @Schema(description = "上年同月: its share of the month's same-scope base", nullable = true,
                example = "580000000.00") BigDecimal priorValue,
        @Schema(description = "上年同期: its share of the same-scope base of the growth rate", nullable = true,
                example = "4600000000.00") BigDecimal priorYtdValue,
        @Schema(description = "true when it is in the same-scope base (it reported in the base year's months)",
                example = "true") boolean inBase,
        @Schema(description = "Every current report revision summed into its shares, oldest first")
        List<LineageReportResponse> reports) {

    static LineageContributorResponse of(Lineage.Contributor c) {
        return new LineageContributorResponse(c.uscc(), c.name(), c.reportRevision(),
                WireEnums.of(StatisticalReportStatus.class, c.reportStatus()), c.submittedBy(), c.submittedAt(),
                c.value(), c.ytdValue(), c.priorValue(), c.priorYtdValue(), c.inBase(),
                c.reports().stream().map(LineageReportResponse::of).toList());
    }
}
