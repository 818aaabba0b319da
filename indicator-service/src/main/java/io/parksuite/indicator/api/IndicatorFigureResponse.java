package io.parksuite.indicator.api;

import io.parksuite.indicator.service.IndicatorFigure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One indicator for one cell and period: 当月 value, 1–X月累计, growth on the same-scope base
 * (同口径) and against last year's published set, change in percentage points, share, target
 * progress and rank among peer parks. A suppressed cell (disclosure control) carries no figures.
 */
@Schema(name = "IndicatorFigure", description = "One indicator for one cell (the park, a chain, a designation or a "
        + "street) and period; a figure that cannot be computed or is withheld is null",
        requiredProperties = {"code", "nameZh", "nameEn", "unit", "scope", "source", "dimension", "member", "period",
                "monthLabel", "ytdLabel", "estimate", "suppressed"},
        example = IndicatorFigureResponse.EXAMPLE)
public record IndicatorFigureResponse(
        @Schema(description = "Indicator code of the catalogue", example = "INDUSTRIAL_OUTPUT") String code,
        @Schema(description = "Chinese name", example = "规模工业总产值") String nameZh,
        @Schema(description = "English name") String nameEn,
        @Schema(description = "Unit of value, ytdValue and target: 元 (yuan), 人, 家, 个, 件, %, 工作日", example = "元")
        String unit,
        @Schema(description = "口径: ABOVE_SCALE (规上) or ALL (全口径)")
        IndicatorScope scope,
        @Schema(description = "Where the figure comes from: REPORTS (summed from monthly reports), OFFICIAL "
                + "(published), PROJECTS, APPROVALS or REGISTRY") IndicatorSource source,
        @Schema(description = "What the cell is grouped by") CellDimension dimension,
        @Schema(description = "The chain, designation or street code; PARK for the park",
                example = "NONFERROUS_ADVANCED_MANUFACTURING") String member,
        @Schema(description = "The period, YYYY-MM", example = "2019-08") String period,
        @Schema(description = "The month the value covers: 1–2月 for February", example = "8月") String monthLabel,
        @Schema(description = "The year to date ytdValue covers", example = "1–8月") String ytdLabel,
        @Schema(description = "当月: the month's value (1–2月 for February), in unit", nullable = true)
        BigDecimal value,
        @Schema(description = "1–X月累计: the year-to-date value, in unit; for a point-in-time indicator (period type "
                + "MONTH) the value at the end of the period", nullable = true) BigDecimal ytdValue,
        @Schema(description = "Year-on-year growth of ytdValue in percent, on the same-scope base (同口径: this year's "
                + "set of enterprises in both years)", nullable = true) BigDecimal yoyPct,
        @Schema(description = "Year-on-year growth in percent against last year's published total (上年口径), for "
                + "comparison", nullable = true) BigDecimal naiveYoyPct,
        @Schema(description = "Year-on-year growth of the month's value in percent, same-scope", nullable = true)
        BigDecimal monthYoyPct,
        @Schema(description = "Change of yoyPct against the previous period of the year, in percentage points "
                + "(百分点)", nullable = true) BigDecimal ppChange,
        @Schema(description = "Share of the park total in percent (占比)", nullable = true) BigDecimal sharePct,
        @Schema(description = "The annual target (年度目标), in unit", nullable = true) BigDecimal target,
        @Schema(description = "ytdValue as a percentage of the target (目标完成)", nullable = true)
        BigDecimal targetProgressPct,
        @Schema(description = "Rank of yoyPct among the city's national-level parks, 1 = highest", nullable = true)
        Integer rank,
        @Schema(description = "Number of parks ranked", nullable = true) Integer rankOf,
        @Schema(description = "Enterprises that contributed (家)", nullable = true) Integer enterprises,
        @Schema(description = "true when computed in-house from nominal figures (an estimate, not an official figure)")
        boolean estimate,
        @Schema(description = "true when withheld by disclosure control (统计法): the figures are then null")
        boolean suppressed) {

    /** A park-level figure as the examples of the document show it. */
    static final String EXAMPLE = """
        {"code": "INDUSTRIAL_OUTPUT", "nameZh": "规模工业总产值", "nameEn": "Gross industrial output value of above-scale enterprises",
         "unit": "元", "scope": "ABOVE_SCALE", "source": "REPORTS", "dimension": "PARK", "member": "PARK",
         "period": "2019-08", "monthLabel": "8月", "ytdLabel": "1–8月", "value": 9200000000.00,
         "ytdValue": 68000000000.00, "yoyPct": 23.4, "naiveYoyPct": 25.1, "monthYoyPct": 22.0, "ppChange": 0.6,
         "sharePct": 96.2, "target": 110000000000.00, "targetProgressPct": 61.8, "rank": 1, "rankOf": 5,
         "enterprises": 182, "estimate": false, "suppressed": false}""";

    static IndicatorFigureResponse of(IndicatorFigure f) {
        return new IndicatorFigureResponse(f.code(), f.nameZh(), f.nameEn(), f.unit(),
                WireEnums.of(IndicatorScope.class, f.scope()), WireEnums.of(IndicatorSource.class, f.source()),
                WireEnums.of(CellDimension.class, f.dimension()), f.member(), f.period(), f.monthLabel(), f.ytdLabel(),
                f.value(), f.ytdValue(),
                f.yoyPct(), f.naiveYoyPct(), f.monthYoyPct(), f.ppChange(), f.sharePct(), f.target(),
                f.targetProgressPct(), f.rank(), f.rankOf(), f.enterprises(), f.estimate(), f.suppressed());
    }
}
