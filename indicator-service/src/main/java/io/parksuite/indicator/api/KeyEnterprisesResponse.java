package io.parksuite.indicator.api;

import io.parksuite.indicator.service.KeyEnterprises;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** 重点企业: the largest enterprises of an indicator in a period, beside the park figure they are part of. */
@Schema(name = "KeyEnterprises", description = "重点企业: the largest enterprises of an indicator summed from reports, "
        + "by 1–X月累计, with the park figure (the sum of every contributing enterprise) they are shares of",
        requiredProperties = {"indicator", "nameZh", "unit", "scope", "period", "ytdLabel", "ranked", "enterprises"},
        example = """
        {"indicator": "INDUSTRIAL_OUTPUT", "nameZh": "规模工业总产值", "unit": "元", "scope": "ABOVE_SCALE",
         "period": "2018-12", "ytdLabel": "1–12月", "parkValue": 11749978627, "parkYtdValue": 121382387790,
         "parkYoyPct": 24.3, "ranked": 105, "enterprises": [
          {"rank": 2, "uscc": "91430112MA4D000046", "name": "澳优乳业（中国）有限公司", "chains": ["FOOD_PROCESSING"],
           "value": 968013466, "ytdValue": 10000000000, "priorYtdValue": 6950000000, "yoyPct": 43.9,
           "sharePct": 8.2}]}""")
public record KeyEnterprisesResponse(
        @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT") String indicator,
        @Schema(description = "指标名称", example = "规模工业总产值") String nameZh,
        @Schema(description = "The unit of every value", example = "元") String unit,
        @Schema(description = "口径 of the indicator; ABOVE_SCALE counts the period's year's 规上 list")
        IndicatorScope scope,
        @Schema(description = "The period, YYYY-MM", example = "2018-12") String period,
        @Schema(description = "The year to date the ranking is by", example = "1–12月") String ytdLabel,
        @Schema(description = "本月: the park's month value (the dashboard's value)", nullable = true,
                example = "11749978627") BigDecimal parkValue,
        @Schema(description = "1–X月累计 of the park (the dashboard's ytdValue): the sum of every ranked enterprise's "
                + "ytdValue, the denominator of sharePct", nullable = true, example = "121382387790")
        BigDecimal parkYtdValue,
        @Schema(description = "The park's year-to-date growth on the same-scope base (同口径), percent, one decimal",
                nullable = true, example = "24.3") BigDecimal parkYoyPct,
        @Schema(description = "How many enterprises have a year-to-date value, i.e. could be ranked", example = "105")
        int ranked,
        @Schema(description = "The first `limit` of them, largest ytdValue first; equal values by USCC")
        List<KeyEnterprise> enterprises) {

    /** One ranked enterprise (statistician and park-admin only: enterprise-level statistics). */
    @Schema(name = "KeyEnterprise", description = "One enterprise's place: its month and year to date, the same "
            + "enterprise's prior-year year to date in the same cell (同口径 base), growth and share of the park",
            requiredProperties = {"rank", "uscc", "name", "chains", "ytdValue"}, example = """
            {"rank": 2, "uscc": "91430112MA4D000046", "name": "澳优乳业（中国）有限公司", "chains": ["FOOD_PROCESSING"],
             "value": 968013466, "ytdValue": 10000000000, "priorYtdValue": 6950000000, "yoyPct": 43.9,
             "sharePct": 8.2}""")
    public record KeyEnterprise(
            @Schema(description = "1 = largest ytdValue; positions, so equal values get consecutive ranks in USCC "
                    + "order", example = "2") int rank,
            @Schema(description = "统一社会信用代码 (USCC)", example = "91430112MA4D000046") String uscc,
            @Schema(description = "企业名称", example = "澳优乳业（中国）有限公司") String name,
            @Schema(description = "产业链 codes it belongs to at the period's end; empty when none is known",
                    example = "[\"FOOD_PROCESSING\"]") List<String> chains,
            @Schema(description = "本月 (当月; the 1–2月 value in February)", nullable = true, example = "968013466")
            BigDecimal value,
            @Schema(description = "1–X月累计, what the ranking is by", example = "10000000000") BigDecimal ytdValue,
            @Schema(description = "上年同期: its prior-year year to date counted in the same-scope base; null when "
                    + "it did not report then", nullable = true, example = "6950000000") BigDecimal priorYtdValue,
            @Schema(description = "Growth of ytdValue over priorYtdValue in percent, one decimal; null without a "
                    + "positive base", nullable = true, example = "43.9") BigDecimal yoyPct,
            @Schema(description = "ytdValue as a percentage of parkYtdValue, one decimal", nullable = true,
                    example = "8.2") BigDecimal sharePct) {
    }

    static KeyEnterprisesResponse of(KeyEnterprises.Ranking ranking) {
        return new KeyEnterprisesResponse(ranking.code(), ranking.nameZh(), ranking.unit(),
                WireEnums.of(IndicatorScope.class, ranking.scope()), ranking.period(), ranking.ytdLabel(),
                ranking.parkValue(), ranking.parkYtdValue(), ranking.parkYoyPct(), ranking.ranked(),
                ranking.enterprises().stream().map(e -> new KeyEnterprise(e.rank(), e.uscc(), e.name(), e.chains(),
                        e.value(), e.ytdValue(), e.priorYtdValue(), e.yoyPct(), e.sharePct())).toList());
    }
}
