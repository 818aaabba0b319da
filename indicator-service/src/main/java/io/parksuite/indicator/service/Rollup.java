package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Measures;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollup table {@code indicator_rollup}: deltas are added under the rollup's writer lock and
 * in cell order (see {@link RollupLocks}), so concurrent writers never deadlock on it, and cells
 * left with no enterprise are removed, so an incrementally maintained rollup and a rebuilt one
 * hold exactly the same rows.
 */
@ApplicationScoped
public class Rollup {

    private static final String COLUMNS = "scope, dimension, member, scope_year, period_year, month, enterprises, "
            + "output_value_yuan, sales_output_yuan, revenue_yuan, tax_yuan, employees, energy_tce, export_value_yuan";

    public void add(Connection connection, Map<Cell, Measures> delta) throws SQLException {
        if (delta.isEmpty()) {
            return;
        }
        RollupLocks.rollupWriter(connection);
        Map<Cell, Measures> ordered = delta instanceof TreeMap<Cell, Measures> ? delta : new TreeMap<>(delta);
        try (PreparedStatement upsert = connection.prepareStatement("insert into indicator_rollup (" + COLUMNS + """
                ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (scope_year, month, scope, dimension, member, period_year) do update set
                    enterprises = indicator_rollup.enterprises + excluded.enterprises,
                    output_value_yuan = indicator_rollup.output_value_yuan + excluded.output_value_yuan,
                    sales_output_yuan = indicator_rollup.sales_output_yuan + excluded.sales_output_yuan,
                    revenue_yuan = indicator_rollup.revenue_yuan + excluded.revenue_yuan,
                    tax_yuan = indicator_rollup.tax_yuan + excluded.tax_yuan,
                    employees = indicator_rollup.employees + excluded.employees,
                    energy_tce = indicator_rollup.energy_tce + excluded.energy_tce,
                    export_value_yuan = indicator_rollup.export_value_yuan + excluded.export_value_yuan""");
             PreparedStatement emptied = connection.prepareStatement("""
                     delete from indicator_rollup where scope = ? and dimension = ? and member = ? and scope_year = ?
                        and period_year = ? and month = ? and enterprises = 0""")) {
            int pending = 0;
            boolean anyRemoval = false;
            for (var entry : ordered.entrySet()) {
                bind(upsert, entry.getKey(), entry.getValue());
                upsert.addBatch();
                if (++pending == 500) {
                    upsert.executeBatch();
                    pending = 0;
                }
                if (entry.getValue().enterprises() < 0) {
                    bindKey(emptied, entry.getKey());
                    emptied.addBatch();
                    anyRemoval = true;
                }
            }
            upsert.executeBatch();
            if (anyRemoval) {
                emptied.executeBatch();
            }
        }
    }

    /** Inserts a whole rollup into an empty table (the rebuild). */
    public void insertAll(Connection connection, Map<Cell, Measures> cells) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into indicator_rollup (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (var entry : cells.entrySet()) {
                if (entry.getValue().enterprises() == 0) {
                    continue;
                }
                bind(insert, entry.getKey(), entry.getValue());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** Every row of the rollup, in cell order. */
    public Map<Cell, Measures> all(Connection connection) throws SQLException {
        Map<Cell, Measures> cells = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from indicator_rollup");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cells.put(cell(rows), measures(rows));
            }
        }
        return cells;
    }

    static Cell cell(ResultSet rows) throws SQLException {
        return new Cell(Cell.Scope.valueOf(rows.getString("scope")), Cell.Dimension.valueOf(rows.getString("dimension")),
                rows.getString("member"), rows.getInt("scope_year"), rows.getInt("period_year"), rows.getInt("month"));
    }

    static Measures measures(ResultSet rows) throws SQLException {
        return new Measures(rows.getInt("enterprises"), rows.getBigDecimal("output_value_yuan"),
                rows.getBigDecimal("sales_output_yuan"), rows.getBigDecimal("revenue_yuan"),
                rows.getBigDecimal("tax_yuan"), rows.getLong("employees"), rows.getBigDecimal("energy_tce"),
                rows.getBigDecimal("export_value_yuan"));
    }

    private static void bind(PreparedStatement statement, Cell cell, Measures measures) throws SQLException {
        bindKey(statement, cell);
        statement.setInt(7, measures.enterprises());
        statement.setBigDecimal(8, measures.outputValue());
        statement.setBigDecimal(9, measures.salesOutput());
        statement.setBigDecimal(10, measures.revenue());
        statement.setBigDecimal(11, measures.tax());
        statement.setLong(12, measures.employees());
        statement.setBigDecimal(13, measures.energy());
        statement.setBigDecimal(14, measures.exportValue());
    }

    private static void bindKey(PreparedStatement statement, Cell cell) throws SQLException {
        statement.setString(1, cell.scope().name());
        statement.setString(2, cell.dimension().name());
        statement.setString(3, cell.member());
        statement.setInt(4, cell.scopeYear());
        statement.setInt(5, cell.periodYear());
        statement.setInt(6, cell.month());
    }
}
