package io.parksuite.indicator.api;

import io.parksuite.indicator.service.IndicatorFigure;
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
public record IndicatorFigureResponse(String code, String nameZh, String nameEn, String unit, String scope,
                                      String source, String dimension, String member, String period,
                                      String monthLabel, String ytdLabel, BigDecimal value, BigDecimal ytdValue,
                                      BigDecimal yoyPct, BigDecimal naiveYoyPct, BigDecimal monthYoyPct,
                                      BigDecimal ppChange, BigDecimal sharePct, BigDecimal target,
                                      BigDecimal targetProgressPct, Integer rank, Integer rankOf,
                                      Integer enterprises, boolean estimate, boolean suppressed) {

    static IndicatorFigureResponse of(IndicatorFigure f) {
        return new IndicatorFigureResponse(f.code(), f.nameZh(), f.nameEn(), f.unit(), f.scope(), f.source(),
                f.dimension(), f.member(), f.period(), f.monthLabel(), f.ytdLabel(), f.value(), f.ytdValue(),
                f.yoyPct(), f.naiveYoyPct(), f.monthYoyPct(), f.ppChange(), f.sharePct(), f.target(),
                f.targetProgressPct(), f.rank(), f.rankOf(), f.enterprises(), f.estimate(), f.suppressed());
    }
}
