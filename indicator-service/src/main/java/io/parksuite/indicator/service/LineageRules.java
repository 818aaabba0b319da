package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;

/**
 * The rules a figure follows, in words for its lineage: which enterprises its 口径 and cell take
 * (the 规上 list and classification of which year), how its year to date is formed, and which
 * enterprises and year form the base of its growth (同口径). They restate {@code Contributions} and
 * {@code FigureArithmetic}; they compute nothing.
 */
final class LineageRules {

    private LineageRules() {
    }

    static Lineage.Rules ofReports(ReportIndicator indicator, Cell.Dimension dimension, Period period) {
        int year = period.year();
        String scope = indicator.scope == Cell.Scope.ABOVE_SCALE
                ? "规上：" + year + "年规模以上工业企业名录（ABOVE_SCALE_INDUSTRY " + year + "）中的企业"
                : "全口径：报送统计月报的全部企业";
        String cell = switch (dimension) {
            case PARK -> "园区合计";
            case CHAIN -> "产业链：各月末（" + year + "年）所属产业链，未归链的计入 UNCLASSIFIED";
            case DESIGNATION -> "认定：" + year + "年有效的认定";
            case STREET -> "街道：企业所在街道，未填的计入 UNCLASSIFIED";
        };
        String ytd = indicator.measure.flow
                ? "1–" + period.month() + "月累计：" + year + "年2–" + period.month() + "月各月现行报表版本之和（2月报表含1–2月）"
                : "时点数：" + period + " 现行报表版本的值，不累计";
        String base = "同口径：按" + year + "年口径归入本单元的同一批企业，其" + (year - 1) + "年同期现行报表之和；"
                + "增速 =（累计 ÷ 基数 − 1）× 100，保留一位小数，基数不为正时不计算";
        return new Lineage.Rules(indicator.scope.name(), year, year - 1, scope + "；" + cell, ytd, base);
    }

    static Lineage.Rules ofParkLevel(IndicatorDefinition definition, String source, Period period) {
        int year = period.year();
        return switch (source) {
            case "OFFICIAL" -> new Lineage.Rules(definition.scope(), null, year - 1,
                    "官方发布数：统计部门发布的园区数据，原样采用，不由企业数据汇总",
                    period.month() > 2 ? "累计值为本期发布数；当月值为本期与上月发布的累计值之差" : "累计值为本期发布数（1–2月）",
                    "增速为发布的增速（可比价指标按可比价计算）");
            case "PROJECTS" -> new Lineage.Rules(definition.scope(), null, year - 1,
                    "项目库：由项目事件保存的项目副本汇总",
                    "1–" + period.month() + "月累计：" + year + "年各统计月之和（1月计入1–2月）",
                    "上年同期：" + (year - 1) + "年同期各统计月之和");
            default -> new Lineage.Rules(definition.scope(), null, null,
                    "审批办件：由审批事件保存的办件副本及事项清单计算",
                    "1–" + period.month() + "月：按提交或办结时间（北京时间）落在统计期内的办件计算比率或平均数",
                    "无同比基数");
        };
    }
}
