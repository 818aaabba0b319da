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
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What disclosure control (统计法) weighs in the cells of one dimension from one year's current
 * reports: per cell, month and confidential measure, how many enterprises contributed, the total
 * and the two largest contributions, of the month and of the year to date, each enterprise
 * classified by the report's year and by the next as {@link Contributions} says. Reports are read
 * in enterprise order and tallied a chunk of enterprises at a time ({@link EnterpriseChunks}), so
 * memory holds one chunk of reports and the tallies, never a year of reports. The last
 * {@value #CACHED} tallies asked for are kept with the REPORTS {@link SourceGenerations generation}
 * read before them, and served while it is current.
 */
@ApplicationScoped
public class DisclosureStatistics {

    private static final int CACHED = 8;
    /** 1–2月 is reported as February: January is not a period. */
    private static final int FIRST_MONTH = 2;
    private static final int LAST_MONTH = 12;
    private static final List<Measures.Measure> MEASURES = Arrays.stream(ReportIndicator.values())
            .filter(ReportIndicator::confidential).map(indicator -> indicator.measure).distinct().toList();

    private final Jdbc jdbc;
    private final Classifications classifications;
    private final SourceGenerations sources;
    private final GenerationCache<Key, Year> cached = new GenerationCache<>(CACHED);

    public DisclosureStatistics(Jdbc jdbc, Classifications classifications, SourceGenerations sources) {
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.sources = sources;
    }

    /** The reports of a year, weighed in the cells of a dimension. */
    private record Key(int year, Cell.Dimension dimension) {
    }

    /** A cell of the tallies' dimension in a classifying year; its tallies cover every month. */
    private record CellKey(int scopeYear, Cell.Scope scope, String member) {
    }

    /**
     * The tallies of a year's reports in the cells of {@code dimension}, as kept while no report or
     * classification has changed since.
     */
    @Transactional
    public Year tally(int year, Cell.Dimension dimension) {
        long generation = sources.current().reports();
        Key key = new Key(year, dimension);
        Year held = cached.get(key, generation);
        if (held != null) {
            return held;
        }
        Year tallied = read(year, dimension);
        cached.put(key, generation, tallied);
        return tallied;
    }

    /** Whether the tallies of {@code year} in {@code dimension} are kept for the reports as they are now. */
    boolean holds(int year, Cell.Dimension dimension) {
        return cached.get(new Key(year, dimension), sources.current().reports()) != null;
    }

    private Year read(int year, Cell.Dimension dimension) {
        return jdbc.call(connection -> {
            Year tallied = new Year(year, dimension);
            EnterpriseChunks.read(connection, "select uscc, month, " + ReportFacts.FIGURE_COLUMNS
                            + " from statistical_report where current and year = ? and month between ? and ?"
                            + " order by uscc",
                    select -> {
                        select.setInt(1, year);
                        select.setInt(2, FIRST_MONTH);
                        select.setInt(3, LAST_MONTH);
                    }, () -> new Measures[LAST_MONTH + 1], (months, row) -> months[row.getInt(2)] =
                            Measures.ofReport(ReportFacts.figures(row, 3)),
                    chunk -> tallied.add(connection, chunk));
            return tallied;
        });
    }

    /**
     * The tallies of one year's reports in the cells of one dimension, of that year (its figures)
     * and of the next (the same-scope base 同口径 of next year's growth).
     */
    public final class Year {
        private final int year;
        private final Cell.Dimension dimension;
        private final Map<CellKey, Tallies> cells = new HashMap<>();

        private Year(int year, Cell.Dimension dimension) {
            this.year = year;
            this.dimension = dimension;
        }

        /**
         * Per month up to {@code lastMonth} and per member of the dimension: the stats of the
         * month and of the year to date, from the first month any enterprise contributed to the member.
         */
        public Map<Integer, Map<String, List<DisclosureControl.Stat>>> stats(
                int scopeYear, Cell.Scope scope, int lastMonth, Measures.Measure measure) {
            int index = MEASURES.indexOf(measure);
            if (index < 0 || scopeYear < year || scopeYear > year + 1) {
                throw new IllegalArgumentException("No disclosure statistics of " + measure + " for " + scopeYear
                        + " from the reports of " + year);
            }
            Map<Integer, Map<String, List<DisclosureControl.Stat>>> stats = new TreeMap<>();
            cells.forEach((cell, tallies) -> {
                if (cell.scopeYear() != scopeYear || cell.scope() != scope) {
                    return;
                }
                for (int month = FIRST_MONTH; month <= lastMonth; month++) {
                    if (tallies.yearToDate[index][month].enterprises() > 0) {
                        stats.computeIfAbsent(month, k -> new TreeMap<>()).put(cell.member(), List.of(
                                tallies.month[index][month].stat(cell.member()),
                                tallies.yearToDate[index][month].stat(cell.member())));
                    }
                }
            });
            return stats;
        }

        private void add(Connection connection, Map<String, Measures[]> reports) throws SQLException {
            if (reports.isEmpty()) {
                return;
            }
            classifications.load(connection, reports.keySet())
                    .forEach((uscc, classification) -> add(classification, reports.get(uscc)));
        }

        /** One enterprise's reports, by month, into the cells of the dimension it belongs to in each month. */
        private void add(Classification classification, Measures[] reports) {
            for (int scopeYear = year; scopeYear <= year + 1; scopeYear++) {
                Map<CellKey, Measures[]> contributions = new HashMap<>();
                for (int month = FIRST_MONTH; month <= LAST_MONTH; month++) {
                    if (reports[month] == null) {
                        continue;
                    }
                    for (Cell cell : Contributions.cellsOf(classification, scopeYear, new Period(year, month))) {
                        if (cell.dimension() == dimension) {
                            contributions.computeIfAbsent(new CellKey(scopeYear, cell.scope(), cell.member()),
                                    k -> new Measures[LAST_MONTH + 1])[month] = reports[month];
                        }
                    }
                }
                contributions.forEach((cell, byMonth) -> cells.computeIfAbsent(cell, k -> new Tallies()).add(byMonth));
            }
        }
    }

    /**
     * One cell's tallies per measure and month: the month's reports, and each contributor's year to
     * date (a flow summed over its months in the cell, a stock its latest month there).
     */
    private static final class Tallies {
        private final DisclosureControl.Tally[][] month = tallies();
        private final DisclosureControl.Tally[][] yearToDate = tallies();

        private static DisclosureControl.Tally[][] tallies() {
            DisclosureControl.Tally[][] tallies = new DisclosureControl.Tally[MEASURES.size()][LAST_MONTH + 1];
            for (DisclosureControl.Tally[] byMonth : tallies) {
                Arrays.setAll(byMonth, k -> new DisclosureControl.Tally());
            }
            return tallies;
        }

        /** One contributor's reports in this cell, by month. */
        void add(Measures[] reports) {
            for (int index = 0; index < MEASURES.size(); index++) {
                Measures.Measure measure = MEASURES.get(index);
                BigDecimal ytd = null;
                for (int m = FIRST_MONTH; m <= LAST_MONTH; m++) {
                    if (reports[m] != null) {
                        BigDecimal value = reports[m].value(measure);
                        month[index][m].add(value);
                        ytd = ytd == null || !measure.flow ? value : ytd.add(value);
                    }
                    if (ytd != null) {
                        yearToDate[index][m].add(ytd);
                    }
                }
            }
        }
    }
}
