package io.parksuite.indicator.service;

import java.math.BigDecimal;

/**
 * One indicator for one cell and period: 当月 value, 1–X月累计, growth on the same-scope base
 * (同口径) and against last year's published set, change in percentage points, share, target
 * progress and rank among peer parks. A suppressed cell (disclosure control) carries no figures.
 * Built by name through {@link #builder()}; a changed copy through {@link #toBuilder()}.
 */
public record IndicatorFigure(String code, String nameZh, String nameEn, String unit, String scope, String source,
                              String dimension, String member, String period, String monthLabel, String ytdLabel,
                              BigDecimal value, BigDecimal ytdValue, BigDecimal yoyPct, BigDecimal naiveYoyPct,
                              BigDecimal monthYoyPct, BigDecimal ppChange, BigDecimal sharePct, BigDecimal target,
                              BigDecimal targetProgressPct, Integer rank, Integer rankOf, Integer enterprises,
                              boolean estimate, boolean suppressed) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().indicator(code, nameZh, nameEn, unit).scope(scope).source(source)
                .cell(dimension, member).period(period, monthLabel, ytdLabel).value(value).ytdValue(ytdValue)
                .yoyPct(yoyPct).naiveYoyPct(naiveYoyPct).monthYoyPct(monthYoyPct).ppChange(ppChange)
                .sharePct(sharePct).target(target).targetProgressPct(targetProgressPct).rank(rank, rankOf)
                .enterprises(enterprises).estimate(estimate).suppressed(suppressed);
    }

    IndicatorFigure withRank(Integer rank, Integer rankOf) {
        return toBuilder().rank(rank, rankOf).build();
    }

    /** The same figure without the growth rates on the same-scope base (同口径), and so without its rank. */
    IndicatorFigure withoutSameScopeGrowth() {
        return toBuilder().yoyPct(null).monthYoyPct(null).ppChange(null).rank(null, null).build();
    }

    /** The same figure without the growth rate against last year's published set. */
    IndicatorFigure withoutLastYearGrowth() {
        return toBuilder().naiveYoyPct(null).build();
    }

    /** The same figure without its share, when the whole it is a share of is withheld. */
    IndicatorFigure withoutShare() {
        return toBuilder().sharePct(null).build();
    }

    /** The same cell with every figure withheld. */
    IndicatorFigure suppress() {
        return toBuilder().value(null).ytdValue(null).yoyPct(null).naiveYoyPct(null).monthYoyPct(null)
                .ppChange(null).sharePct(null).targetProgressPct(null).rank(null, null).enterprises(null)
                .suppressed(true).build();
    }

    /** Names every part of a figure; what is not named is null (or false). */
    public static final class Builder {
        private String code;
        private String nameZh;
        private String nameEn;
        private String unit;
        private String scope;
        private String source;
        private String dimension;
        private String member;
        private String period;
        private String monthLabel;
        private String ytdLabel;
        private BigDecimal value;
        private BigDecimal ytdValue;
        private BigDecimal yoyPct;
        private BigDecimal naiveYoyPct;
        private BigDecimal monthYoyPct;
        private BigDecimal ppChange;
        private BigDecimal sharePct;
        private BigDecimal target;
        private BigDecimal targetProgressPct;
        private Integer rank;
        private Integer rankOf;
        private Integer enterprises;
        private boolean estimate;
        private boolean suppressed;

        private Builder() {
        }

        public Builder indicator(String code, String nameZh, String nameEn, String unit) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.unit = unit;
            return this;
        }

        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder cell(String dimension, String member) {
            this.dimension = dimension;
            this.member = member;
            return this;
        }

        public Builder period(String period, String monthLabel, String ytdLabel) {
            this.period = period;
            this.monthLabel = monthLabel;
            this.ytdLabel = ytdLabel;
            return this;
        }

        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        public Builder ytdValue(BigDecimal ytdValue) {
            this.ytdValue = ytdValue;
            return this;
        }

        public Builder yoyPct(BigDecimal yoyPct) {
            this.yoyPct = yoyPct;
            return this;
        }

        public Builder naiveYoyPct(BigDecimal naiveYoyPct) {
            this.naiveYoyPct = naiveYoyPct;
            return this;
        }

        public Builder monthYoyPct(BigDecimal monthYoyPct) {
            this.monthYoyPct = monthYoyPct;
            return this;
        }

        public Builder ppChange(BigDecimal ppChange) {
            this.ppChange = ppChange;
            return this;
        }

        public Builder sharePct(BigDecimal sharePct) {
            this.sharePct = sharePct;
            return this;
        }

        public Builder target(BigDecimal target) {
            this.target = target;
            return this;
        }

        public Builder targetProgressPct(BigDecimal targetProgressPct) {
            this.targetProgressPct = targetProgressPct;
            return this;
        }

        public Builder rank(Integer rank, Integer rankOf) {
            this.rank = rank;
            this.rankOf = rankOf;
            return this;
        }

        public Builder enterprises(Integer enterprises) {
            this.enterprises = enterprises;
            return this;
        }

        public Builder estimate(boolean estimate) {
            this.estimate = estimate;
            return this;
        }

        public Builder suppressed(boolean suppressed) {
            this.suppressed = suppressed;
            return this;
        }

        public IndicatorFigure build() {
            return new IndicatorFigure(code, nameZh, nameEn, unit, scope, source, dimension, member, period,
                    monthLabel, ytdLabel, value, ytdValue, yoyPct, naiveYoyPct, monthYoyPct, ppChange, sharePct,
                    target, targetProgressPct, rank, rankOf, enterprises, estimate, suppressed);
        }
    }
}
