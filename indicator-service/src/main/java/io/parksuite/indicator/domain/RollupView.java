package io.parksuite.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Reads figures out of loaded rollup rows: 当月 (the month; 1–2月 for February), 1–X月累计 (the
 * sum of the months so far for flows, the month's value for stocks), and growth in percent.
 */
public final class RollupView {

    private final Map<Cell, Measures> cells;

    public RollupView(Map<Cell, Measures> cells) {
        this.cells = cells;
    }

    public Measures at(Cell.Scope scope, Cell.Dimension dimension, String member, int scopeYear, int periodYear,
                       int month) {
        return cells.get(new Cell(scope, dimension, member, scopeYear, periodYear, month));
    }

    /** The month's figure, or null when nobody in the cell reported that month. */
    public BigDecimal month(Cell.Scope scope, Cell.Dimension dimension, String member, int scopeYear, int periodYear,
                            int month, Measures.Measure measure) {
        Measures measures = at(scope, dimension, member, scopeYear, periodYear, month);
        return measures == null ? null : measures.value(measure);
    }

    /** The year-to-date figure up to {@code month}, or null when nothing was reported. */
    public BigDecimal ytd(Cell.Scope scope, Cell.Dimension dimension, String member, int scopeYear, int periodYear,
                          int month, Measures.Measure measure) {
        if (!measure.flow) {
            return month(scope, dimension, member, scopeYear, periodYear, month, measure);
        }
        BigDecimal sum = null;
        for (int m = 2; m <= month; m++) {
            BigDecimal value = month(scope, dimension, member, scopeYear, periodYear, m, measure);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    /** Growth of {@code current} over {@code base} in percent, one decimal; null without a positive base. */
    public static BigDecimal growthPct(BigDecimal current, BigDecimal base) {
        if (current == null || base == null || base.signum() <= 0) {
            return null;
        }
        return current.subtract(base).multiply(BigDecimal.valueOf(100))
                .divide(base, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole}, one decimal. */
    public static BigDecimal sharePct(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** The difference of two percentages in percentage points, one decimal. */
    public static BigDecimal ppChange(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before).setScale(1, RoundingMode.HALF_UP);
    }
}
