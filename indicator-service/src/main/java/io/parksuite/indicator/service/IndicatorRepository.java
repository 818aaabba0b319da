package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQL behind the indicator answers: the catalogue, the parks, official figures, targets and
 * rollup rows, read on the current transaction's connection. Nothing here computes a figure.
 */
@ApplicationScoped
public class IndicatorRepository {

    private final Jdbc jdbc;

    public IndicatorRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A park's official year-to-date value and growth, as published. */
    public record Official(BigDecimal ytdValue, BigDecimal growthPct) {
    }

    /** A row read as a value under a key and a member of it. */
    private record Keyed<T>(String key, String member, T value) {
    }

    public List<IndicatorDefinition> catalogue() {
        return jdbc.list("""
                select code, name_zh, name_en, unit, scope, price_basis, period_type, source, definition
                  from indicator_definition order by sort_order""",
                rows -> new IndicatorDefinition(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9)));
    }

    public List<Park> parks() {
        return jdbc.list("select code, name, own from park order by code",
                rows -> new Park(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
    }

    /** Every official figure of a period: indicator code → park → figure. */
    public Map<String, Map<String, Official>> officials(Period period) {
        Map<String, Map<String, Official>> officials = new HashMap<>();
        jdbc.list("""
                select indicator_code, park_code, ytd_value, ytd_growth_pct from official_figure
                 where year = ? and month = ?""",
                rows -> new Keyed<>(rows.getString(1), rows.getString(2),
                        new Official(rows.getBigDecimal(3), rows.getBigDecimal(4))),
                period.year(), period.month())
                .forEach(row -> officials.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.member(), row.value()));
        return officials;
    }

    /** The official figures of one indicator in a period: park → figure. */
    public Map<String, Official> officials(String code, Period period) {
        Map<String, Official> officials = new HashMap<>();
        jdbc.list("""
                select park_code, ytd_value, ytd_growth_pct from official_figure
                 where indicator_code = ? and year = ? and month = ?""",
                rows -> new Keyed<>("", rows.getString(1), new Official(rows.getBigDecimal(2), rows.getBigDecimal(3))),
                code, period.year(), period.month())
                .forEach(row -> officials.put(row.member(), row.value()));
        return officials;
    }

    /** The park's targets of a year: indicator code → member → target. */
    public Map<String, Map<String, BigDecimal>> parkTargets(int year) {
        Map<String, Map<String, BigDecimal>> targets = new HashMap<>();
        jdbc.list("""
                select indicator_code, member, target_value from indicator_target where year = ? and dimension = 'PARK'""",
                rows -> new Keyed<>(rows.getString(1), rows.getString(2), rows.getBigDecimal(3)), year)
                .forEach(row -> targets.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.member(), row.value()));
        return targets;
    }

    /** Annual targets of an indicator per member of a dimension (e.g. a 100-billion-yuan chain). */
    public Map<String, BigDecimal> targets(String code, int year, Cell.Dimension dimension) {
        Map<String, BigDecimal> targets = new HashMap<>();
        jdbc.list("""
                select member, target_value from indicator_target
                 where indicator_code = ? and year = ? and dimension = ?""",
                rows -> new Keyed<>("", rows.getString(1), rows.getBigDecimal(2)), code, year, dimension.name())
                .forEach(row -> targets.put(row.member(), row.value()));
        return targets;
    }

    /** Rollup rows of {@code period}'s year and the year before, months up to the period's, for the given dimensions. */
    public Map<Cell, Measures> rollup(Period period, Set<Cell.Dimension> dimensions) {
        Map<Cell, Measures> cells = new TreeMap<>();
        jdbc.list("""
                select * from indicator_rollup
                 where scope_year in (?, ?) and month <= ? and dimension = any(?)""",
                rows -> Map.entry(Rollup.cell(rows), Rollup.measures(rows)),
                period.year(), period.year() - 1, period.month(),
                new Jdbc.SqlArray("varchar", dimensions.stream().map(Enum::name).toArray()))
                .forEach(row -> cells.put(row.getKey(), row.getValue()));
        return cells;
    }

    /** The members of a dimension with rollup rows in the period's year up to its month, in order. */
    public List<String> members(Cell.Scope scope, Cell.Dimension dimension, Period period) {
        return jdbc.list("""
                select distinct member from indicator_rollup
                 where scope_year = ? and period_year = ? and month <= ? and scope = ? and dimension = ?
                 order by member""", rows -> rows.getString(1),
                period.year(), period.year(), period.month(), scope.name(), dimension.name());
    }
}
