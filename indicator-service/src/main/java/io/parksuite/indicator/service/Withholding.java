package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.DisclosureControl;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    private final Jdbc jdbc;
    private final Classifications classifications;
    private final DisclosureControl control;

    public Withholding(Jdbc jdbc, Classifications classifications,
                       @ConfigProperty(name = "parksuite.indicator.disclosure.min-enterprises", defaultValue = "3")
                       int minEnterprises,
                       @ConfigProperty(name = "parksuite.indicator.disclosure.p-percent", defaultValue = "10")
                       BigDecimal pPercent) {
        this.jdbc = jdbc;
        this.classifications = classifications;
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

    /** One enterprise's current report of a month. */
    private record Reported(String uscc, int month, Measures measures) {
    }

    /** Reports of a year, up to December, with each reporting enterprise's classification. */
    private record YearFacts(Map<String, Map<Integer, Measures>> reports, Map<String, Classification> classified) {
    }

    /** The facts one answer reads, each year loaded once. */
    public final class Facts {
        private final Map<Integer, YearFacts> years = new HashMap<>();

        private Facts() {
        }

        private YearFacts year(int year) {
            return years.computeIfAbsent(year, Withholding.this::load);
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
                withheld(stats(facts.year(year), year, scope, dimension, period.month(), measure)),
                withheld(stats(facts.year(year - 1), year, scope, dimension, period.month(), measure)),
                withheld(stats(facts.year(year - 1), year - 1, scope, dimension, period.month(), measure)));
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

    /**
     * Per month up to {@code lastMonth} and per member of a dimension, the disclosure statistics of
     * the month and of the year to date of the reports in {@code facts}, each enterprise classified
     * as in {@code scopeYear}.
     */
    private static Map<Integer, Map<String, List<DisclosureControl.Stat>>> stats(
            YearFacts facts, int scopeYear, Cell.Scope scope, Cell.Dimension dimension, int lastMonth,
            Measures.Measure measure) {
        Map<String, Map<Integer, Map<String, BigDecimal>>> byMember = new TreeMap<>();
        facts.reports().forEach((uscc, months) -> {
            Classification classification = facts.classified().get(uscc);
            months.forEach((month, measures) -> {
                if (month > lastMonth || classification == null) {
                    return;
                }
                for (Cell cell : Contributions.cellsOf(classification, scopeYear, new Period(scopeYear, month))) {
                    if (cell.scope() == scope && cell.dimension() == dimension) {
                        byMember.computeIfAbsent(cell.member(), k -> new TreeMap<>())
                                .computeIfAbsent(month, k -> new HashMap<>()).put(uscc, measures.value(measure));
                    }
                }
            });
        });
        Map<Integer, Map<String, List<DisclosureControl.Stat>>> stats = new TreeMap<>();
        byMember.forEach((member, months) -> {
            Map<String, BigDecimal> ytd = new HashMap<>();
            for (int month = 2; month <= lastMonth; month++) {
                Map<String, BigDecimal> reported = months.getOrDefault(month, Map.of());
                if (measure.flow) {
                    reported.forEach((uscc, value) -> ytd.merge(uscc, value, BigDecimal::add));
                } else {
                    ytd.putAll(reported);
                }
                if (!ytd.isEmpty()) {
                    stats.computeIfAbsent(month, k -> new TreeMap<>()).put(member, List.of(
                            DisclosureControl.Stat.of(member, reported.values()),
                            DisclosureControl.Stat.of(member, ytd.values())));
                }
            }
        });
        return stats;
    }

    private YearFacts load(int year) {
        Map<String, Map<Integer, Measures>> reports = new HashMap<>();
        jdbc.list("select uscc, month, " + ReportFacts.FIGURE_COLUMNS
                + " from statistical_report where current and year = ?",
                rows -> new Reported(rows.getString(1), rows.getInt(2), Measures.ofReport(ReportFacts.figures(rows, 3))),
                year).forEach(row -> reports.computeIfAbsent(row.uscc(), k -> new HashMap<>())
                        .put(row.month(), row.measures()));
        return new YearFacts(reports, reports.isEmpty() ? Map.of()
                : jdbc.call(connection -> classifications.load(connection, reports.keySet())));
    }
}
