package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.RollupView;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Indicators from the project and approval copies: fixed-asset investment (固定资产投资, from the
 * incrementally kept {@code fai_rollup}), projects signed, and the approval desk's KPIs (网上办率,
 * 一次办率, average working days against the promise, overdue applications). Periods are
 * statistical: the year to date up to the period's month, January counted in 1–2月, dates in
 * Asia/Shanghai.
 */
@ApplicationScoped
public class ActivityFigures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The figure of {@code definition} for {@code period}, or null when nothing is known for it. */
    IndicatorFigure figure(Connection connection, IndicatorQueries.Definition definition, Period period,
                           BigDecimal target) throws SQLException {
        return switch (definition.code()) {
            case "FIXED_ASSET_INVESTMENT" -> fai(connection, definition, period, target);
            case "NEW_PROJECTS_SIGNED" -> signed(connection, definition, period, "count(*)", target);
            case "NEW_PROJECTS_SIGNED_INVESTMENT" -> signed(connection, definition, period,
                    "coalesce(sum(planned_investment_yuan), 0)", target);
            case "ONLINE_RATE", "ONE_VISIT_RATE", "AVERAGE_WORKING_DAYS", "OVERDUE_APPLICATIONS" ->
                    desk(connection, definition, period);
            default -> null;
        };
    }

    /** Projects by stage (线索, 在谈, 签约, …) as known now. */
    Map<String, Integer> projectsByStage(Connection connection) throws SQLException {
        Map<String, Integer> stages = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select stage, count(*) from project_copy group by stage order by stage");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stages.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stages;
    }

    private IndicatorFigure fai(Connection connection, IndicatorQueries.Definition d, Period period, BigDecimal target)
            throws SQLException {
        BigDecimal ytd = faiSum(connection, period.year(), 2, period.month());
        if (ytd == null) {
            return null;
        }
        BigDecimal month = faiSum(connection, period.year(), period.month(), period.month());
        BigDecimal lastYear = faiSum(connection, period.year() - 1, 2, period.month());
        BigDecimal growth = RollupView.growthPct(ytd, lastYear);
        BigDecimal pp = null;
        if (period.month() > 2) {
            pp = RollupView.ppChange(growth, RollupView.growthPct(faiSum(connection, period.year(), 2, period.month() - 1),
                    faiSum(connection, period.year() - 1, 2, period.month() - 1)));
        }
        return figure(d, period, month, ytd, growth, pp, target, progress(ytd, target), "PROJECTS");
    }

    private static BigDecimal faiSum(Connection connection, int year, int fromMonth, int toMonth) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select sum(completed_yuan) from fai_rollup
                 where dimension = 'PARK' and member = 'PARK' and year = ? and month between ? and ?""")) {
            select.setInt(1, year);
            select.setInt(2, fromMonth);
            select.setInt(3, toMonth);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private IndicatorFigure signed(Connection connection, IndicatorQueries.Definition d, Period period, String aggregate,
                                   BigDecimal target) throws SQLException {
        BigDecimal ytd = signedIn(connection, aggregate, yearStart(period.year()), monthEnd(period));
        if (ytd.signum() == 0 && count(connection, "select count(*) from project_copy") == 0) {
            return null;
        }
        BigDecimal month = signedIn(connection, aggregate, monthStart(period), monthEnd(period));
        Period lastYear = period.sameMonthLastYear();
        BigDecimal before = signedIn(connection, aggregate, yearStart(lastYear.year()), monthEnd(lastYear));
        return figure(d, period, month, ytd, RollupView.growthPct(ytd, before), null, target, progress(ytd, target),
                "PROJECTS");
    }

    private static BigDecimal signedIn(Connection connection, String aggregate, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + aggregate + " from project_copy where signed_on between ? and ?")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private IndicatorFigure desk(Connection connection, IndicatorQueries.Definition d, Period period)
            throws SQLException {
        if (count(connection, "select count(*) from application_copy") == 0) {
            return null;
        }
        OffsetDateTime ytdFrom = yearStart(period.year()).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime monthFrom = monthStart(period).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to = monthEnd(period).plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        return switch (d.code()) {
            case "ONLINE_RATE" -> rate(d, period, connection, "submitted_at", "channel = 'ONLINE'", ytdFrom, monthFrom, to);
            case "ONE_VISIT_RATE" -> rate(d, period, connection, "concluded_at", "visits <= 1", ytdFrom, monthFrom, to);
            case "AVERAGE_WORKING_DAYS" -> {
                BigDecimal[] ytd = averages(connection, ytdFrom, to);
                BigDecimal[] month = averages(connection, monthFrom, to);
                yield figure(d, period, month[0], ytd[0], null, null, ytd[1], RollupView.sharePct(ytd[0], ytd[1]),
                        "APPROVALS");
            }
            case "OVERDUE_APPLICATIONS" -> figure(d, period, overdue(connection, monthFrom, to),
                    overdue(connection, ytdFrom, to), null, null, null, null, "APPROVALS");
            default -> null;
        };
    }

    private IndicatorFigure rate(IndicatorQueries.Definition d, Period period, Connection connection, String at,
                                 String condition, OffsetDateTime ytdFrom, OffsetDateTime monthFrom, OffsetDateTime to)
            throws SQLException {
        return figure(d, period, ratio(connection, at, condition, monthFrom, to), ratio(connection, at, condition, ytdFrom, to),
                null, null, null, null, "APPROVALS");
    }

    private static BigDecimal ratio(Connection connection, String at, String condition, OffsetDateTime from,
                                    OffsetDateTime to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) filter (where " + condition
                + "), count(*) from application_copy where " + at + " >= ? and " + at + " < ?")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return RollupView.sharePct(BigDecimal.valueOf(row.getLong(1)), BigDecimal.valueOf(row.getLong(2)));
            }
        }
    }

    private static BigDecimal[] averages(Connection connection, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select round(avg(working_days_used), 1), round(avg(promised_limit_days), 1) from application_copy
                 where concluded_at >= ? and concluded_at < ? and working_days_used is not null""")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new BigDecimal[]{row.getBigDecimal(1), row.getBigDecimal(2)};
            }
        }
    }

    private static BigDecimal overdue(Connection connection, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select count(*) from application_copy
                 where (breached or on_time = false)
                   and coalesce(concluded_at, submitted_at) >= ? and coalesce(concluded_at, submitted_at) < ?""")) {
            select.setObject(1, from);
            select.setObject(2, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return BigDecimal.valueOf(row.getLong(1));
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate monthStart(Period period) {
        return period.month() == 2 ? yearStart(period.year()) : LocalDate.of(period.year(), period.month(), 1);
    }

    private static LocalDate monthEnd(Period period) {
        return period.lastDay();
    }

    private static BigDecimal progress(BigDecimal ytd, BigDecimal target) {
        if (ytd == null || target == null || target.signum() <= 0) {
            return null;
        }
        return ytd.multiply(BigDecimal.valueOf(100)).divide(target, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

    private static IndicatorFigure figure(IndicatorQueries.Definition d, Period period, BigDecimal value, BigDecimal ytd,
                                          BigDecimal yoy, BigDecimal pp, BigDecimal target, BigDecimal progress,
                                          String source) {
        return new IndicatorFigure(d.code(), d.nameZh(), d.nameEn(), d.unit(), d.scope(), source,
                Cell.Dimension.PARK.name(), Cell.PARK, period.toString(), period.monthLabel(), period.ytdLabel(), value,
                ytd, yoy, null, null, pp, null, target, progress, null, null, null, false, false);
    }
}
