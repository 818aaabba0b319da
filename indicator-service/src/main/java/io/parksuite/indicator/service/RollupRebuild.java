package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.platform.persistence.Jdbc;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recomputes the whole rollup from the facts (current report revisions and the dimension copy),
 * enterprise by enterprise with the same {@link Contributions} rule the incremental path uses.
 * It takes the rollup's writer lock and then locks the table for the duration: incremental writers
 * wait and then add their deltas on top of the rebuilt figures, and a second rebuild (another
 * instance) waits and then rebuilds from the same facts.
 */
@ApplicationScoped
public class RollupRebuild {

    private final Jdbc jdbc;
    private final Classifications classifications;
    private final Rollup rollup;

    public RollupRebuild(Jdbc jdbc, Classifications classifications, Rollup rollup) {
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.rollup = rollup;
    }

    /** What a rebuild did. */
    public record Result(int enterprises, long reports, int cells, long millis) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result rebuild() {
        long started = System.nanoTime();
        return jdbc.call(connection -> {
            RollupLocks.rollupWriter(connection);
            try (var statement = connection.createStatement()) {
                statement.execute("lock table indicator_rollup in exclusive mode");
                statement.execute("delete from indicator_rollup");
            }
            Map<Cell, Measures> cells = compute(connection);
            rollup.insertAll(connection, cells);
            long reports = 0;
            try (var statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from statistical_report where current")) {
                count.next();
                reports = count.getLong(1);
            }
            int enterprises;
            try (var statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(distinct uscc) from statistical_report")) {
                count.next();
                enterprises = count.getInt(1);
            }
            return new Result(enterprises, reports, cells.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** The rollup as the facts define it, without touching the table. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Cell, Measures> fromFacts() {
        return jdbc.call(this::compute);
    }

    /**
     * The cells of {@code dimensions} that a dashboard of {@code period} reads (the period's year and
     * the year before, months up to the period's), summed from the current reports of those years
     * with the rebuild's rule, without touching the rollup. Reports are read in enterprise order and
     * summed a chunk of enterprises at a time ({@link EnterpriseChunks}), so memory holds one chunk of
     * them, not two years'.
     */
    public Map<Cell, Measures> cellsFromFacts(Connection connection, Period period, Set<Cell.Dimension> dimensions)
            throws SQLException {
        Map<Cell, Measures> cells = new HashMap<>();
        sum(connection, " and year in (?, ?) and month <= ?", select -> {
            select.setInt(1, period.year() - 1);
            select.setInt(2, period.year());
            select.setInt(3, period.month());
        }, cells);
        cells.keySet().removeIf(cell -> cell.scopeYear() > period.year() || !dimensions.contains(cell.dimension()));
        cells.values().removeIf(m -> m.enterprises() == 0);
        return cells;
    }

    /** Adds the reports of one chunk of enterprises to {@code cells}, each under its classification. */
    private void addFacts(Connection connection, Map<String, Map<Period, ReportFigures>> reports, Map<Cell, Measures> cells)
            throws SQLException {
        if (reports.isEmpty()) {
            return;
        }
        Map<String, Classification> classified = classifications.load(connection, reports.keySet());
        classified.forEach((uscc, classification) -> reports.get(uscc).forEach((reported, figures) ->
                Contributions.add(cells, classification, reported, figures)));
    }

    private Map<Cell, Measures> compute(Connection connection) throws SQLException {
        Map<Cell, Measures> cells = new HashMap<>();
        sum(connection, "", select -> { }, cells);
        cells.values().removeIf(m -> m.enterprises() == 0);
        return new TreeMap<>(cells);
    }

    /**
     * Adds to {@code cells} every current report that {@code condition} (further {@code and} terms,
     * or none) selects, read in USCC order and classified a chunk of enterprises at a time.
     */
    private void sum(Connection connection, String condition, EnterpriseChunks.Parameters parameters,
                     Map<Cell, Measures> cells) throws SQLException {
        EnterpriseChunks.read(connection, "select uscc, year, month, " + ReportFacts.FIGURE_COLUMNS
                        + " from statistical_report where current" + condition + " order by uscc", parameters,
                () -> (Map<Period, ReportFigures>) new TreeMap<Period, ReportFigures>(), (reports, row) -> reports.put(
                        new Period(row.getInt(2), row.getInt(3)), ReportFacts.figures(row, 4)),
                chunk -> addFacts(connection, chunk, cells));
    }
}
