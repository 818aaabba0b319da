package io.parksuite.indicator.api;

import io.parksuite.indicator.service.Lineage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rules a figure follows: 口径, the classification year, the base year and how each sum is formed. */
@Schema(name = "LineageRules", description = "The rules a figure follows: its scope (口径), the year whose 规上 list "
        + "and classification decide its cell, the year of its same-scope base (同口径) and, in words (Chinese), how "
        + "its cell, year to date and growth base are formed",
        requiredProperties = {"scope", "cellRule", "ytdRule", "baseRule"},
        example = "{\"scope\": \"ABOVE_SCALE\", \"classificationYear\": 2019, \"baseYear\": 2018, "
                + "\"cellRule\": \"规上：2019年规模以上工业企业名录（ABOVE_SCALE_INDUSTRY 2019）中的企业；园区合计\", "
                + "\"ytdRule\": \"1–8月累计：2019年2–8月各月现行报表版本之和（2月报表含1–2月）\", "
                + "\"baseRule\": \"同口径：按2019年口径归入本单元的同一批企业，其2018年同期现行报表之和\"}")
public record LineageRulesResponse(
        @Schema(description = "口径: ABOVE_SCALE (规上) or ALL (全口径)", example = "ABOVE_SCALE") IndicatorScope scope,
        @Schema(description = "The year whose 规上 list (名录库), chain memberships and designations classify the "
                + "enterprises; none for figures not summed from reports", nullable = true, example = "2019")
        Integer classificationYear,
        @Schema(description = "The year of the growth base: the same enterprises' reports of that year (同口径), or "
                + "last year's published or project figures; none without a growth rate", nullable = true,
                example = "2018") Integer baseYear,
        @Schema(description = "Which enterprises or records the figure takes", example = "规上：2019年规模以上工业企业名录中的企业；园区合计")
        String cellRule,
        @Schema(description = "How the month and the year to date are formed", example = "1–8月累计：2019年2–8月各月现行报表版本之和")
        String ytdRule,
        @Schema(description = "How the growth base is formed", example = "同口径：按2019年口径归入本单元的同一批企业，其2018年同期现行报表之和")
        String baseRule) {

    static LineageRulesResponse of(Lineage.Rules rules) {
        return new LineageRulesResponse(WireEnums.of(IndicatorScope.class, rules.scope()), rules.classificationYear(),
                rules.baseYear(), rules.cellRule(), rules.ytdRule(), rules.baseRule());
    }
}
