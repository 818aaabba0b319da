package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the current revisions of statistical reports: the facts the rollup sums. */
@ApplicationScoped
public class ReportFacts {

    /** The figure columns of a report, in the order {@link #figures} reads them. */
    public static final String FIGURE_COLUMNS =
            "output_value_yuan, sales_output_yuan, revenue_yuan, tax_yuan, employees, energy_tce, export_value_yuan";

    /** A current revision: its number, status and figures. */
    public record Current(int revision, String status, ReportFigures figures) {
    }

    /** A current revision with who submitted it and when: an input a figure's lineage names. */
    public record Revision(String uscc, String name, Period period, int revision, String status, String submittedBy,
                           OffsetDateTime submittedAt, ReportFigures figures) {
    }

    /**
     * Every current revision of the months up to {@code lastMonth} of the years
     * {@code fromYear}–{@code toYear}, handed to {@code each} {@value EnterpriseChunks#ENTERPRISES}
     * enterprises at a time in USCC order, each enterprise's revisions in period order: memory holds
     * one chunk of enterprises' revisions, not the years'.
     */
    void revisions(Connection connection, int fromYear, int toYear, int lastMonth,
                   EnterpriseChunks.ChunkHandler<List<Revision>> each) throws SQLException {
        EnterpriseChunks.read(connection, """
                select r.uscc, d.name, r.year, r.month, r.revision, r.status, r.submitted_by, r.submitted_at,
                       r.output_value_yuan, r.sales_output_yuan, r.revenue_yuan, r.tax_yuan, r.employees, r.energy_tce,
                       r.export_value_yuan
                  from statistical_report r join enterprise_dimension d on d.uscc = r.uscc
                 where r.current and r.year between ? and ? and r.month <= ?
                 order by r.uscc, r.year, r.month""", statement -> {
                    statement.setInt(1, fromYear);
                    statement.setInt(2, toYear);
                    statement.setInt(3, lastMonth);
                }, ArrayList::new, (revisions, rows) -> revisions.add(new Revision(rows.getString(1),
                        rows.getString(2), new Period(rows.getInt(3), rows.getInt(4)), rows.getInt(5),
                        rows.getString(6), rows.getString(7), rows.getObject(8, OffsetDateTime.class),
                        figures(rows, 9))), each);
    }

    /**
     * The current reports of {@code usccs}, limited to {@code periods} when given.
     */
    public Map<String, Map<Period, Current>> current(Connection connection, Collection<String> usccs,
                                                     Collection<Period> periods) throws SQLException {
        String sql = "select uscc, year, month, revision, status, " + FIGURE_COLUMNS
                + " from statistical_report where current and uscc = any(?)"
                + (periods == null ? "" : " and year * 100 + month = any(?)");
        Map<String, Map<Period, Current>> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", usccs.toArray()));
            if (periods != null) {
                statement.setArray(2, connection.createArrayOf("int4",
                        periods.stream().map(p -> p.year() * 100 + p.month()).distinct().toArray()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getString(1), k -> new TreeMap<>())
                            .put(new Period(rows.getInt(2), rows.getInt(3)),
                                    new Current(rows.getInt(4), rows.getString(5), figures(rows, 6)));
                }
            }
        }
        return result;
    }

    static ReportFigures figures(ResultSet rows, int first) throws SQLException {
        BigDecimal energy = rows.getBigDecimal(first + 5);
        return new ReportFigures(rows.getBigDecimal(first), rows.getBigDecimal(first + 1), rows.getBigDecimal(first + 2),
                rows.getBigDecimal(first + 3), rows.getInt(first + 4), energy, rows.getBigDecimal(first + 6));
    }

    public static Map<Period, ReportFigures> figuresOf(Map<Period, Current> current) {
        Map<Period, ReportFigures> figures = new TreeMap<>();
        if (current != null) {
            current.forEach((period, report) -> figures.put(period, report.figures()));
        }
        return figures;
    }
}
