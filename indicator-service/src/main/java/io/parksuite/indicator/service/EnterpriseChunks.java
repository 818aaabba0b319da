package io.parksuite.indicator.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rows of reports read in USCC order and handed on {@value #ENTERPRISES} enterprises at a time,
 * each enterprise's rows gathered whole into one value: how the rebuild, the disclosure tallies
 * and the lineage read years of reports while holding one chunk of enterprises, never a year.
 */
final class EnterpriseChunks {

    static final int ENTERPRISES = 1000;

    private EnterpriseChunks() {
    }

    /** Sets the parameters of the query. */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Adds the current row to what is gathered of its enterprise. */
    @FunctionalInterface
    interface RowReader<T> {
        void add(T enterprise, ResultSet row) throws SQLException;
    }

    /** Takes one chunk of enterprises, by USCC in USCC order; the map is reused after it returns. */
    @FunctionalInterface
    interface ChunkHandler<T> {
        void accept(Map<String, T> chunk) throws SQLException;
    }

    /**
     * Runs {@code sql}, whose first column is the USCC and which is ordered by it, gathering each
     * enterprise's rows into a value {@code fresh} makes and handing the chunks to {@code each}.
     */
    static <T> void read(Connection connection, String sql, Parameters parameters, Supplier<T> fresh,
                         RowReader<T> reader, ChunkHandler<T> each) throws SQLException {
        Map<String, T> chunk = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            parameters.set(select);
            select.setFetchSize(ENTERPRISES * 10);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String uscc = rows.getString(1);
                    T enterprise = chunk.get(uscc);
                    if (enterprise == null) {
                        if (chunk.size() == ENTERPRISES) {
                            each.accept(chunk);
                            chunk.clear();
                        }
                        enterprise = fresh.get();
                        chunk.put(uscc, enterprise);
                    }
                    reader.add(enterprise, rows);
                }
            }
        }
        if (!chunk.isEmpty()) {
            each.accept(chunk);
        }
    }
}
