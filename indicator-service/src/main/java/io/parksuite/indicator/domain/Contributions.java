package io.parksuite.indicator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule of aggregation: which cells an enterprise's report adds to. A report of period
 * Y-M counts in the cells classified by year Y (this year's figures) and by year Y+1 (as the
 * same-scope base 同口径 of next year's growth), each time in the park total, in every chain
 * the enterprise belongs to at the end of that month of the classifying year (or
 * UNCLASSIFIED), in every designation of the classifying year, and in its street; once for the
 * whole (ALL, 全口径) and once more in ABOVE_SCALE when it is above-scale in the classifying year.
 * Incremental maintenance and the rebuild both use this rule, so they cannot disagree.
 */
public final class Contributions {

    private Contributions() {
    }

    public static Map<Cell, Measures> of(Classification classification, Map<Period, ReportFigures> reports) {
        Map<Cell, Measures> cells = new TreeMap<>();
        reports.forEach((period, figures) -> add(cells, classification, period, figures));
        return cells;
    }

    public static void add(Map<Cell, Measures> cells, Classification classification, Period period,
                           ReportFigures figures) {
        Measures measures = Measures.ofReport(figures);
        for (int scopeYear : new int[]{period.year(), period.year() + 1}) {
            for (Cell cell : cellsOf(classification, scopeYear, period)) {
                cells.merge(cell, measures, Measures::plus);
            }
        }
    }

    public static List<Cell> cellsOf(Classification classification, int scopeYear, Period period) {
        List<Cell.Scope> scopes = classification.aboveScaleIn(scopeYear)
                ? List.of(Cell.Scope.ALL, Cell.Scope.ABOVE_SCALE) : List.of(Cell.Scope.ALL);
        List<String> chains = classification.chainsOn(new Period(scopeYear, period.month()).lastDay());
        List<String> designations = classification.designationsIn(scopeYear);
        String street = classification.streetCode() == null ? Cell.UNCLASSIFIED : classification.streetCode();
        List<Cell> cells = new ArrayList<>();
        for (Cell.Scope scope : scopes) {
            cells.add(new Cell(scope, Cell.Dimension.PARK, Cell.PARK, scopeYear, period.year(), period.month()));
            for (String chain : chains.isEmpty() ? List.of(Cell.UNCLASSIFIED) : chains) {
                cells.add(new Cell(scope, Cell.Dimension.CHAIN, chain, scopeYear, period.year(), period.month()));
            }
            for (String designation : designations) {
                cells.add(new Cell(scope, Cell.Dimension.DESIGNATION, designation, scopeYear, period.year(),
                        period.month()));
            }
            cells.add(new Cell(scope, Cell.Dimension.STREET, street, scopeYear, period.year(), period.month()));
        }
        return cells;
    }

    /**
     * One enterprise's share of one cell of {@code scopeYear} (every month and both summed years):
     * the cells {@link #of} gives it, kept where scope, dimension, member and classifying year match.
     * The lineage of a figure is these shares, so it follows the rollup's rule exactly.
     */
    public static Map<Cell, Measures> ofCell(Classification classification, Map<Period, ReportFigures> reports,
                                             Cell.Scope scope, Cell.Dimension dimension, String member,
                                             int scopeYear) {
        Map<Cell, Measures> cells = of(classification, reports);
        cells.keySet().removeIf(cell -> cell.scope() != scope || cell.dimension() != dimension
                || !cell.member().equals(member) || cell.scopeYear() != scopeYear);
        return cells;
    }

    /** What must be added to the rollup when an enterprise's contributions go from {@code before} to {@code after}. */
    public static Map<Cell, Measures> delta(Map<Cell, Measures> before, Map<Cell, Measures> after) {
        Map<Cell, Measures> delta = new TreeMap<>();
        after.forEach((cell, measures) -> delta.merge(cell, measures, Measures::plus));
        before.forEach((cell, measures) -> delta.merge(cell, Measures.ZERO.minus(measures), Measures::plus));
        delta.values().removeIf(Measures::isZero);
        return delta;
    }
}
