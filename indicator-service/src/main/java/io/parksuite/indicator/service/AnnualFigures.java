package io.parksuite.indicator.service;

import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records enterprises' annual figures (企业年报): a year's figures sent again replace the earlier
 * ones. Every row is checked first (known enterprise, a year that is over, no duplicate in the
 * request); one invalid row rejects the request and nothing is written.
 */
@ApplicationScoped
public class AnnualFigures {

    private final Jdbc jdbc;
    private final Clock clock;

    public AnnualFigures(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A row as sent. */
    public record Row(String uscc, Integer year, BigDecimal revenueYuan, BigDecimal profitYuan,
                      BigDecimal rdExpenseYuan, String source) {
    }

    /** A stored year of an enterprise. */
    public record Stored(String uscc, int year, BigDecimal revenueYuan, BigDecimal profitYuan,
                         BigDecimal rdExpenseYuan, String source, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Transactional
    public int record(List<Row> rows, List<RowError> validationErrors, String actor) {
        List<RowError> errors = new ArrayList<>(validationErrors);
        Set<String> usccs = new TreeSet<>();
        rows.forEach(row -> usccs.add(row.uscc()));
        Set<String> known = new TreeSet<>(jdbc.list("select uscc from enterprise_dimension where uscc = any(?)",
                r -> r.getString(1), new Jdbc.SqlArray("varchar", usccs.toArray())));
        int lastComplete = OffsetDateTime.now(clock).getYear() - 1;
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int number = i + 1;
            if (row.uscc() != null && !known.contains(row.uscc())) {
                errors.add(new RowError(number, "uscc", "no enterprise with this USCC is known to the indicator service"));
            }
            if (row.year() != null && (row.year() < 2000 || row.year() > lastComplete)) {
                errors.add(new RowError(number, "year", "must be a complete year from 2000 to " + lastComplete));
            }
            Integer first = firstRow.putIfAbsent(row.uscc() + "|" + row.year(), number);
            if (first != null) {
                errors.add(new RowError(number, "year", "duplicates row " + first + " (same enterprise and year)"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
            throw BulkRows.rejected(errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> upserts = rows.stream().map(row -> new Object[]{row.uscc(), row.year(),
                orNull(row.revenueYuan()), orNull(row.profitYuan()), orNull(row.rdExpenseYuan()),
                row.source() == null ? new Jdbc.TypedNull(Types.VARCHAR) : row.source(), actor, now}).toList();
        jdbc.batch("""
                insert into enterprise_annual_figure (uscc, year, revenue_yuan, profit_yuan, rd_expense_yuan, source,
                       recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (uscc, year) do update set revenue_yuan = excluded.revenue_yuan,
                       profit_yuan = excluded.profit_yuan, rd_expense_yuan = excluded.rd_expense_yuan,
                       source = excluded.source, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""",
                upserts);
        return rows.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Stored> of(String uscc) {
        return jdbc.list("""
                select uscc, year, revenue_yuan, profit_yuan, rd_expense_yuan, source, recorded_by, recorded_at
                  from enterprise_annual_figure where uscc = ? order by year""",
                r -> new Stored(r.getString(1), r.getInt(2), r.getBigDecimal(3), r.getBigDecimal(4),
                        r.getBigDecimal(5), r.getString(6), r.getString(7),
                        r.getObject(8, OffsetDateTime.class)), uscc);
    }

    private static Object orNull(BigDecimal value) {
        return value == null ? new Jdbc.TypedNull(Types.NUMERIC) : value;
    }
}
