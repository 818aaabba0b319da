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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private static final int CHUNK = 1000;

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
     * summed {@value #CHUNK} enterprises at a time, so memory holds one chunk of them, not two years'.
     */
    public Map<Cell, Measures> cellsFromFacts(Connection connection, Period period, Set<Cell.Dimension> dimensions)
            throws SQLException {
        Map<Cell, Measures> cells = new HashMap<>();
        Map<String, Map<Period, ReportFigures>> chunk = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select uscc, year, month, " + ReportFacts.FIGURE_COLUMNS
                        + " from statistical_report where current and year in (?, ?) and month <= ? order by uscc")) {
            select.setInt(1, period.year() - 1);
            select.setInt(2, period.year());
            select.setInt(3, period.month());
            select.setFetchSize(CHUNK * 10);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String uscc = rows.getString(1);
                    if (chunk.size() == CHUNK && !chunk.containsKey(uscc)) {
                        addFacts(connection, chunk, cells);
                        chunk.clear();
                    }
                    chunk.computeIfAbsent(uscc, k -> new TreeMap<>())
                            .put(new Period(rows.getInt(2), rows.getInt(3)), ReportFacts.figures(rows, 4));
                }
            }
        }
        addFacts(connection, chunk, cells);
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
        List<String> chunk = new ArrayList<>(CHUNK);
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct uscc from statistical_report where current order by uscc")) {
            select.setFetchSize(CHUNK);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunk.add(rows.getString(1));
                    if (chunk.size() == CHUNK) {
                        addChunk(connection, chunk, cells);
                        chunk.clear();
                    }
                }
            }
        }
        addChunk(connection, chunk, cells);
        cells.values().removeIf(m -> m.enterprises() == 0);
        return new TreeMap<>(cells);
    }

    private void addChunk(Connection connection, List<String> usccs, Map<Cell, Measures> cells) throws SQLException {
        if (usccs.isEmpty()) {
            return;
        }
        Map<String, Classification> classified = classifications.load(connection, usccs);
        Map<String, Map<Period, ReportFigures>> reports = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select uscc, year, month, " + ReportFacts.FIGURE_COLUMNS
                        + " from statistical_report where current and uscc = any(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", usccs.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reports.computeIfAbsent(rows.getString(1), k -> new TreeMap<>())
                            .put(new Period(rows.getInt(2), rows.getInt(3)), ReportFacts.figures(rows, 4));
                }
            }
        }
        reports.forEach((uscc, figures) -> {
            Classification classification = classified.get(uscc);
            figures.forEach((period, f) -> Contributions.add(cells, classification, period, f));
        });
    }
}
