package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.DisclosureControl;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 统计法: what a caller who may not see enterprise figures is not shown, decided from the facts
 * (the current reports and each enterprise's classification). Three sets of cells, each under
 * {@link DisclosureControl} with its complementary suppression and the rule across time: this
 * year's cells (withheld whole), this year's cells summed over last year's reports (the same-scope
 * base 同口径 of growth: a growth rate on a base that fails the rule gives that base away as
 * {@code ytd / (1 + growth)}, so it is withheld), and last year's cells as published then (the
 * base of growth against last year's published set).
 */
@ApplicationScoped
public class Withholding {

    private final DisclosureStatistics statistics;
    private final DisclosureControl control;

    public Withholding(DisclosureStatistics statistics,
                       @ConfigProperty(name = "parksuite.indicator.disclosure.min-enterprises", defaultValue = "3")
                       int minEnterprises,
                       @ConfigProperty(name = "parksuite.indicator.disclosure.p-percent", defaultValue = "10")
                       BigDecimal pPercent) {
        this.statistics = statistics;
        this.control = new DisclosureControl(minEnterprises, pPercent);
    }

    /** The members of one dimension withheld in a period: whole cells, same-scope bases, last year's cells. */
    public record Withheld(Set<String> cells, Set<String> bases, Set<String> lastYear) {

        /** The figure as it may be shown. */
        public IndicatorFigure apply(IndicatorFigure figure) {
            if (cells.contains(figure.member())) {
                return figure.suppress();
            }
            IndicatorFigure shown = figure;
            if (bases.contains(figure.member())) {
                shown = shown.withoutSameScopeGrowth();
            }
            if (lastYear.contains(figure.member())) {
                shown = shown.withoutLastYearGrowth();
            }
            return shown;
        }
    }

    /** The facts one answer reads, each year's reports tallied once per dimension. */
    public final class Facts {
        private final Map<Cell.Dimension, Map<Integer, DisclosureStatistics.Year>> tallies =
                new EnumMap<>(Cell.Dimension.class);

        private Facts() {
        }

        private DisclosureStatistics.Year year(int year, Cell.Dimension dimension) {
            return tallies.computeIfAbsent(dimension, k -> new HashMap<>())
                    .computeIfAbsent(year, k -> statistics.tally(year, dimension));
        }
    }

    public Facts facts() {
        return new Facts();
    }

    /** The figure of one cell of a report indicator as it may be shown to a caller who may not see enterprise figures. */
    public IndicatorFigure shown(Facts facts, ReportIndicator indicator, Cell.Dimension dimension, Period period,
                                 IndicatorFigure figure) {
        return indicator.confidential()
                ? withheld(facts, indicator.scope, dimension, period, indicator.measure).apply(figure) : figure;
    }

    /**
     * A breakdown as it may be shown: its total under the park's rule, its cells under the rule of
     * their dimension, and no cell's share of a total that is withheld.
     */
    public Breakdown shown(Facts facts, ReportIndicator indicator, Cell.Dimension dimension, Period period,
                           Breakdown breakdown) {
        if (!indicator.confidential()) {
            return breakdown;
        }
        Withheld withheld = withheld(facts, indicator.scope, dimension, period, indicator.measure);
        IndicatorFigure total = shown(facts, indicator, Cell.Dimension.PARK, period, breakdown.total());
        List<IndicatorFigure> cells = breakdown.cells().stream().map(withheld::apply)
                .map(cell -> total.suppressed() ? cell.withoutShare() : cell).toList();
        return new Breakdown(breakdown.indicator(), breakdown.dimension(), breakdown.period(), total, cells);
    }

    public Withheld withheld(Facts facts, Cell.Scope scope, Cell.Dimension dimension, Period period,
                             Measures.Measure measure) {
        int year = period.year();
        return new Withheld(
                withheld(facts.year(year, dimension).stats(year, scope, period.month(), measure)),
                withheld(facts.year(year - 1, dimension).stats(year, scope, period.month(), measure)),
                withheld(facts.year(year - 1, dimension).stats(year - 1, scope, period.month(), measure)));
    }

    /**
     * The members withheld at the last month of {@code byMonth}: a cell once withheld stays withheld
     * for the rest of the year, since its month could otherwise be worked out across time as the
     * difference of two published year-to-date figures (and its year to date as a later one minus
     * the later months).
     */
    private Set<String> withheld(Map<Integer, Map<String, List<DisclosureControl.Stat>>> byMonth) {
        Set<String> hidden = Set.of();
        for (Map<String, List<DisclosureControl.Stat>> month : byMonth.values()) {
            hidden = control.suppressed(new ArrayList<>(month.values()), hidden);
        }
        return hidden;
    }
}
