package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.IndicatorDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the indicator catalogue (指标目录): what an indicator code means and how it is counted. */
@Schema(name = "IndicatorDefinition", description = "An entry of the indicator catalogue (指标目录)",
        requiredProperties = {"code", "nameZh", "nameEn", "unit", "scope", "priceBasis", "periodType", "source",
                "definition"}, example = """
        {"code": "INDUSTRIAL_OUTPUT", "nameZh": "规模工业总产值",
         "nameEn": "Gross industrial output value of above-scale enterprises", "unit": "元", "scope": "ABOVE_SCALE",
         "priceBasis": "CURRENT", "periodType": "YEAR_TO_DATE", "source": "REPORTS",
         "definition": "规模以上工业企业报告期内生产的工业最终产品和工业性作业的价值总和，按现行价格计算；由企业统计月报汇总，1–2月合并为一期。"}""")
public record IndicatorDefinitionResponse(
        @Schema(description = "The indicator code that other operations take", example = "INDUSTRIAL_OUTPUT")
        String code,
        @Schema(description = "Chinese name", example = "规模工业总产值") String nameZh,
        @Schema(description = "English name", example = "Gross industrial output value of above-scale enterprises")
        String nameEn,
        @Schema(description = "Unit of the values: 元 (yuan), 人, 家, 个, 件, %, 工作日", example = "元") String unit,
        @Schema(description = "口径: ABOVE_SCALE (规上, that year's above-scale set) or ALL (全口径)")
        IndicatorScope scope,
        @Schema(description = "Price basis: CURRENT (现价), COMPARABLE (可比价, growth at comparable prices) or NONE "
                + "(not money)") PriceBasis priceBasis,
        @Schema(description = "MONTH: a point-in-time or monthly figure (当月); YEAR_TO_DATE: 1–X月累计")
        PeriodType periodType,
        @Schema(description = "Where the figures come from: REPORTS (enterprises' monthly reports), OFFICIAL "
                + "(published by the statistics bureau), PROJECTS, APPROVALS or REGISTRY (copies kept from events)")
        IndicatorSource source,
        @Schema(description = "The statistical definition (指标解释), in Chinese") String definition) {

    static IndicatorDefinitionResponse of(IndicatorDefinition d) {
        return new IndicatorDefinitionResponse(d.code(), d.nameZh(), d.nameEn(), d.unit(),
                WireEnums.of(IndicatorScope.class, d.scope()), WireEnums.of(PriceBasis.class, d.priceBasis()),
                WireEnums.of(PeriodType.class, d.periodType()), WireEnums.of(IndicatorSource.class, d.source()),
                d.definition());
    }
}
