package io.parksuite.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One indicator for one cell and period: 当月 value, 1–X月累计, growth on the same-scope base
 * (同口径) and against last year's published set, change in percentage points, share, target
 * progress and rank among peer parks. A suppressed cell (disclosure control) carries no figures.
 */
@Schema(name = "IndicatorFigure", example = """
        {"code": "INDUSTRIAL_OUTPUT", "nameZh": "规模工业总产值", "nameEn": "Gross industrial output value of above-scale enterprises",
         "unit": "元", "scope": "ABOVE_SCALE", "source": "REPORTS", "dimension": "PARK", "member": "PARK",
         "period": "2019-08", "monthLabel": "8月", "ytdLabel": "1–8月", "value": 9200000000.00,
         "ytdValue": 68000000000.00, "yoyPct": 23.4, "naiveYoyPct": 25.1, "monthYoyPct": 22.0, "ppChange": 0.6,
         "sharePct": 96.2, "target": 110000000000.00, "targetProgressPct": 61.8, "rank": 1, "rankOf": 5,
         "enterprises": 182, "estimate": false, "suppressed": false}""")
public record IndicatorFigure(String code, String nameZh, String nameEn, String unit, String scope, String source,
                              String dimension, String member, String period, String monthLabel, String ytdLabel,
                              BigDecimal value, BigDecimal ytdValue, BigDecimal yoyPct, BigDecimal naiveYoyPct,
                              BigDecimal monthYoyPct, BigDecimal ppChange, BigDecimal sharePct, BigDecimal target,
                              BigDecimal targetProgressPct, Integer rank, Integer rankOf, Integer enterprises,
                              boolean estimate, boolean suppressed) {

    IndicatorFigure withRank(Integer rank, Integer rankOf) {
        return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period, monthLabel,
                ytdLabel, value, ytdValue, yoyPct, naiveYoyPct, monthYoyPct, ppChange, sharePct, target,
                targetProgressPct, rank, rankOf, enterprises, estimate, suppressed);
    }

    /** The same figure without the growth rates on the same-scope base (同口径), and so without its rank. */
    IndicatorFigure withoutSameScopeGrowth() {
        return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period, monthLabel,
                ytdLabel, value, ytdValue, null, naiveYoyPct, null, null, sharePct, target, targetProgressPct, null,
                null, enterprises, estimate, suppressed);
    }

    /** The same figure without the growth rate against last year's published set. */
    IndicatorFigure withoutLastYearGrowth() {
        return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period, monthLabel,
                ytdLabel, value, ytdValue, yoyPct, null, monthYoyPct, ppChange, sharePct, target, targetProgressPct,
                rank, rankOf, enterprises, estimate, suppressed);
    }

    /** The same figure without its share, when the whole it is a share of is withheld. */
    IndicatorFigure withoutShare() {
        return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period, monthLabel,
                ytdLabel, value, ytdValue, yoyPct, naiveYoyPct, monthYoyPct, ppChange, null, target,
                targetProgressPct, rank, rankOf, enterprises, estimate, suppressed);
    }

    /** The same cell with every figure withheld. */
    IndicatorFigure suppress() {
        return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period, monthLabel,
                ytdLabel, null, null, null, null, null, null, null, target, null, null, null, null, estimate, true);
    }
}
