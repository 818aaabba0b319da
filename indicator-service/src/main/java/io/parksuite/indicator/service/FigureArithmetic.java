package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a figure, on values already read: 当月 and 1–X月累计 out of the rollup, growth
 * on the same-scope base (同口径) and on last year's published set, change in percentage points,
 * shares, target progress and ranks among peer parks. Pure: no SQL, no disclosure control.
 */
public final class FigureArithmetic {

    private FigureArithmetic() {
    }

    /** An indicator summed from reports, for one cell and period, from the rollup rows in {@code view}. */
    public static IndicatorFigure reportFigure(IndicatorDefinition definition, ReportIndicator indicator,
                                               RollupView view, Cell.Dimension dimension, String member,
                                               Period period, BigDecimal target) {
        int year = period.year();
        int month = period.month();
        Cell.Scope scope = indicator.scope;
        Measures.Measure measure = indicator.measure;
        BigDecimal value = view.month(scope, dimension, member, year, year, month, measure);
        BigDecimal ytd = view.ytd(scope, dimension, member, year, year, month, measure);
        BigDecimal sameScopeBase = view.ytd(scope, dimension, member, year, year - 1, month, measure);
        BigDecimal publishedBase = view.ytd(scope, dimension, member, year - 1, year - 1, month, measure);
        BigDecimal yoy = RollupView.growthPct(ytd, sameScopeBase);
        BigDecimal monthYoy = RollupView.growthPct(value, view.month(scope, dimension, member, year, year - 1, month,
                measure));
        BigDecimal pp = null;
        if (month > 2) {
            BigDecimal previous = RollupView.growthPct(view.ytd(scope, dimension, member, year, year, month - 1, measure),
                    view.ytd(scope, dimension, member, year, year - 1, month - 1, measure));
            pp = RollupView.ppChange(yoy, previous);
        }
        BigDecimal share;
        if (dimension == Cell.Dimension.PARK && scope == Cell.Scope.ABOVE_SCALE) {
            share = RollupView.sharePct(ytd, view.ytd(Cell.Scope.ALL, Cell.Dimension.PARK, Cell.PARK, year, year, month,
                    measure));
        } else if (dimension == Cell.Dimension.PARK) {
            share = null;
        } else {
            share = RollupView.sharePct(ytd, view.ytd(scope, Cell.Dimension.PARK, Cell.PARK, year, year, month, measure));
        }
        Measures counted = view.at(scope, dimension, member, year, year, month);
        return named(definition, period).scope(scope.name()).source(definition.source())
                .cell(dimension.name(), member).value(value).ytdValue(ytd).yoyPct(yoy)
                .naiveYoyPct(RollupView.growthPct(ytd, publishedBase)).monthYoyPct(monthYoy).ppChange(pp)
                .sharePct(share).target(target).targetProgressPct(progressPct(ytd, target))
                .enterprises(counted == null ? 0 : counted.enterprises()).build();
    }

    /**
     * An official figure (增加值 and the like) of the own park as published; its month value is the
     * difference of two published year-to-date values. Null when nothing is published for the period.
     */
    public static IndicatorFigure officialFigure(IndicatorDefinition definition, String ownPark, Period period,
                                                 BigDecimal target, Map<String, IndicatorRepository.Official> published,
                                                 Map<String, IndicatorRepository.Official> publishedBefore) {
        IndicatorRepository.Official now = published.get(ownPark);
        if (now == null) {
            return null;
        }
        BigDecimal value = now.ytdValue();
        BigDecimal pp = null;
        if (period.month() > 2) {
            IndicatorRepository.Official before = publishedBefore.get(ownPark);
            value = before == null ? null : now.ytdValue().subtract(before.ytdValue());
            pp = before == null ? null : RollupView.ppChange(now.growthPct(), before.growthPct());
        }
        return named(definition, period).scope(definition.scope()).source("OFFICIAL")
                .cell(Cell.Dimension.PARK.name(), Cell.PARK).value(value).ytdValue(now.ytdValue())
                .yoyPct(now.growthPct()).ppChange(pp).target(target)
                .targetProgressPct(progressPct(now.ytdValue(), target)).build();
    }

    /** A park-level figure of the project and approval copies (source PROJECTS or APPROVALS). */
    public static IndicatorFigure.Builder parkFigure(IndicatorDefinition definition, Period period, String source) {
        return named(definition, period).scope(definition.scope()).source(source)
                .cell(Cell.Dimension.PARK.name(), Cell.PARK);
    }

    /** The figure with its rank by growth among the peer parks' published growth, when there are peers. */
    public static IndicatorFigure ranked(IndicatorFigure figure, String ownPark,
                                         Map<String, IndicatorRepository.Official> published) {
        if (figure.yoyPct() == null) {
            return figure;
        }
        List<BigDecimal> peers = new ArrayList<>();
        published.forEach((park, official) -> {
            if (!park.equals(ownPark) && official.growthPct() != null) {
                peers.add(official.growthPct());
            }
        });
        if (peers.isEmpty()) {
            return figure;
        }
        long higher = peers.stream().filter(g -> g.compareTo(figure.yoyPct()) > 0).count();
        return figure.withRank((int) higher + 1, peers.size() + 1);
    }

    /** Parks by growth, highest first, ties sharing a rank (1, 2, 2, 4) and ordered by park code. */
    public static List<Ranking.RankedPark> rank(List<Ranking.RankedPark> parks) {
        List<Ranking.RankedPark> unranked = new ArrayList<>(parks);
        unranked.sort(Comparator.comparing(Ranking.RankedPark::ytdGrowthPct).reversed()
                .thenComparing(Ranking.RankedPark::parkCode));
        List<Ranking.RankedPark> ranked = new ArrayList<>();
        for (Ranking.RankedPark park : unranked) {
            long higher = unranked.stream().filter(p -> p.ytdGrowthPct().compareTo(park.ytdGrowthPct()) > 0).count();
            ranked.add(new Ranking.RankedPark((int) higher + 1, park.parkCode(), park.parkName(), park.own(),
                    park.ytdValue(), park.ytdGrowthPct(), park.source()));
        }
        return ranked;
    }

    /** The year to date as a percentage of a positive target, one decimal. */
    public static BigDecimal progressPct(BigDecimal ytd, BigDecimal target) {
        if (ytd == null || target == null || target.signum() <= 0) {
            return null;
        }
        return ytd.multiply(BigDecimal.valueOf(100)).divide(target, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    private static IndicatorFigure.Builder named(IndicatorDefinition definition, Period period) {
        return IndicatorFigure.builder()
                .indicator(definition.code(), definition.nameZh(), definition.nameEn(), definition.unit())
                .period(period.toString(), period.monthLabel(), period.ytdLabel());
    }
}
