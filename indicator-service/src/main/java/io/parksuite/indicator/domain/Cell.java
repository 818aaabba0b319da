package io.parksuite.indicator.domain;

import java.util.Comparator;

/**
 * One rollup cell: a scope (ALL 全口径 or ABOVE_SCALE 规上), a dimension member (the park, a chain,
 * a designation, a street), the year whose classification applies, the year summed and the month.
 */
public record Cell(Scope scope, Dimension dimension, String member, int scopeYear, int periodYear, int month)
        implements Comparable<Cell> {

    public static final String PARK = "PARK";
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    private static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::scopeYear)
            .thenComparingInt(Cell::month).thenComparing(Cell::scope).thenComparing(Cell::dimension)
            .thenComparing(Cell::member).thenComparingInt(Cell::periodYear);

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    /** 口径: every reporting enterprise, or only that year's above-scale (规模以上) set. */
    public enum Scope { ALL, ABOVE_SCALE }

    /** What the cells of a breakdown are grouped by. */
    public enum Dimension { PARK, CHAIN, DESIGNATION, STREET }
}
