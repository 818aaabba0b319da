package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.DisclosureControl;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers indicator questions from the rollup: the dashboard, breakdowns, time series and
 * rankings. Official figures (增加值 and the like) are read as published. For callers that may
 * not see enterprise figures, cells and growth rates are checked against the facts ({@link Withholding}).
 */
@ApplicationScoped
public class IndicatorQueries {

    private static final Set<Cell.Dimension> DASHBOARD_DIMENSIONS = Set.of(Cell.Dimension.PARK,
            Cell.Dimension.DESIGNATION);

    private final Jdbc jdbc;
    private final Withholding withholding;
    private final ActivityFigures activity;
    private final DashboardCache cache;
    private final RollupRebuild rebuild;

    public IndicatorQueries(Jdbc jdbc, Withholding withholding, ActivityFigures activity, DashboardCache cache,
                            RollupRebuild rebuild) {
        this.jdbc = jdbc;
        this.withholding = withholding;
        this.activity = activity;
        this.cache = cache;
        this.rebuild = rebuild;
    }

    /** An entry of the indicator catalogue (指标目录). */
    public record Definition(String code, String nameZh, String nameEn, String unit, String scope, String priceBasis,
                             String periodType, String source, String definition) {
    }

    /** A park of the city, this one or a peer. */
    public record Park(String code, String name, boolean own) {
    }

    private record Official(BigDecimal ytdValue, BigDecimal growthPct) {
    }

    @Transactional
    public List<Definition> catalogue() {
        return jdbc.call(IndicatorQueries::catalogue);
    }

    @Transactional
    public List<Park> parks() {
        return jdbc.call(IndicatorQueries::parks);
    }

    public Definition definition(String code) {
        return catalogue().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("indicator", "unknown indicator " + code
                        + "; see /api/v1/indicators/catalogue"));
    }

    /**
     * The dashboard from the rollup; its report figures and its project and approval figures are
     * each served from {@link DashboardCache} while nothing they are computed from has changed.
     */
    @Transactional
    public Dashboard dashboard(Period period, boolean disclose) {
        return jdbc.call(connection -> {
            DashboardCache.Generations generations = cache.generations(connection);
            DashboardCache.Part reports = cache.reports(period, disclose, generations.reports());
            if (reports == null) {
                reports = part(connection, period, disclose, true,
                        new RollupView(load(connection, period, DASHBOARD_DIMENSIONS)));
                cache.putReports(period, disclose, generations.reports(), reports);
            }
            DashboardCache.Part activities = cache.activity(period, generations.activity());
            if (activities == null) {
                activities = part(connection, period, disclose, false, null);
                cache.putActivity(period, generations.activity(), activities);
            }
            return assemble(period, reports, activities);
        });
    }

    /**
     * The same dashboard summed from the facts (current report revisions classified by the
     * dimension copy, as the rebuild does) instead of the rollup: a check of the rollup, and the
     * baseline the rollup is measured against.
     */
    @Transactional
    public Dashboard dashboardFromFacts(Period period, boolean disclose) {
        return jdbc.call(connection -> assemble(period,
                part(connection, period, disclose, true,
                        new RollupView(rebuild.cellsFromFacts(connection, period, DASHBOARD_DIMENSIONS))),
                part(connection, period, disclose, false, null)));
    }

    private static Dashboard assemble(Period period, DashboardCache.Part reports, DashboardCache.Part activities) {
        List<IndicatorFigure> figures = new ArrayList<>();
        for (String code : reports.order()) {
            IndicatorFigure figure = reports.figures().containsKey(code) ? reports.figures().get(code)
                    : activities.figures().get(code);
            if (figure != null) {
                figures.add(figure);
            }
        }
        return new Dashboard(period.toString(), period.monthLabel(), period.ytdLabel(), reports.park(),
                reports.parkName(), List.copyOf(figures));
    }

    /**
     * The figures of the indicators summed from reports ({@code fromReports}), or of the others
     * (projects, approvals, official figures), in the catalogue's order.
     */
    private DashboardCache.Part part(Connection connection, Period period, boolean disclose, boolean fromReports,
                                     RollupView view) throws SQLException {
        Park own = parks(connection).stream().filter(Park::own).findFirst().orElseThrow();
        Map<String, IndicatorFigure> figures = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> parkTargets = parkTargets(connection, period.year());
        Map<String, Map<String, Official>> published = officials(connection, period);
        Map<String, Map<String, Official>> publishedBefore = period.month() > 2
                ? officials(connection, new Period(period.year(), period.month() - 1)) : Map.of();
        Withholding.Facts facts = withholding.facts(connection);
        for (Definition definition : catalogue(connection)) {
            order.add(definition.code());
            var reported = ReportIndicator.of(definition.code());
            if (reported.isPresent() != fromReports) {
                continue;
            }
            Map<String, BigDecimal> targets = parkTargets.getOrDefault(definition.code(), Map.of());
            IndicatorFigure figure = reported.isPresent()
                    ? reportFigure(definition, reported.get(), view, parkDimension(reported.get()),
                            parkMember(reported.get()), period, targets.get(Cell.PARK))
                    : activity.figure(connection, definition, period, targets.get(Cell.PARK));
            if (figure == null) {
                figure = officialFigure(definition, own, period, targets.get(Cell.PARK),
                        published.getOrDefault(definition.code(), Map.of()),
                        publishedBefore.getOrDefault(definition.code(), Map.of()));
            }
            if (figure == null) {
                figures.put(definition.code(), null);
                continue;
            }
            if (!disclose && reported.map(ReportIndicator::confidential).orElse(false)) {
                ReportIndicator indicator = reported.get();
                figure = withholding.withheld(facts, indicator.scope, parkDimension(indicator), period,
                        indicator.measure).apply(figure);
            }
            figure = ranked(figure, own, published.getOrDefault(definition.code(), Map.of()));
            figures.put(definition.code(), figure);
        }
        return new DashboardCache.Part(own.code(), own.name(), List.copyOf(order), figures);
    }

    /** Investment projects by stage (线索 LEAD … 达产 FULL_PRODUCTION), as known now. */
    @Transactional
    public Map<String, Integer> projectsByStage() {
        return jdbc.call(activity::projectsByStage);
    }

    @Transactional
    public Breakdown breakdown(String code, Cell.Dimension dimension, Period period, boolean disclose) {
        Definition definition = definition(code);
        ReportIndicator indicator = reportIndicator(code);
        return jdbc.call(connection -> {
            RollupView view = new RollupView(load(connection, period, Set.of(Cell.Dimension.PARK, dimension)));
            Map<String, BigDecimal> targets = targets(connection, code, period.year(), dimension);
            Map<String, BigDecimal> parkTargets = targets(connection, code, period.year(), Cell.Dimension.PARK);
            IndicatorFigure total = reportFigure(definition, indicator, view, Cell.Dimension.PARK, Cell.PARK, period,
                    parkTargets.get(Cell.PARK));
            List<IndicatorFigure> cells = new ArrayList<>();
            for (String member : members(connection, indicator.scope, dimension, period)) {
                cells.add(reportFigure(definition, indicator, view, dimension, member, period, targets.get(member)));
            }
            if (!disclose && indicator.confidential()) {
                Withholding.Facts facts = withholding.facts(connection);
                Withholding.Withheld withheld = withholding.withheld(facts, indicator.scope, dimension, period,
                        indicator.measure);
                total = withholding.withheld(facts, indicator.scope, Cell.Dimension.PARK, period, indicator.measure)
                        .apply(total);
                boolean totalWithheld = total.suppressed();
                cells = cells.stream().map(withheld::apply)
                        .map(c -> totalWithheld ? c.withoutShare() : c).toList();
            }
            return new Breakdown(code, dimension.name(), period.toString(), total, cells);
        });
    }

    @Transactional
    public List<IndicatorFigure> series(String code, Cell.Dimension dimension, String member, Period from, Period to,
                                        boolean disclose) {
        Definition definition = definition(code);
        ReportIndicator indicator = reportIndicator(code);
        String cellMember = dimension == Cell.Dimension.PARK ? parkMember(indicator) : member;
        Cell.Dimension cellDimension = dimension == Cell.Dimension.PARK ? parkDimension(indicator) : dimension;
        return jdbc.call(connection -> {
            List<IndicatorFigure> figures = new ArrayList<>();
            Map<Integer, RollupView> views = new HashMap<>();
            Withholding.Facts facts = withholding.facts(connection);
            for (Period period = from; period.compareTo(to) <= 0; period = next(period)) {
                Period p = period;
                RollupView view = views.computeIfAbsent(p.year(), year -> {
                    try {
                        return new RollupView(load(connection, new Period(year, 12),
                                EnumSet.of(Cell.Dimension.PARK, cellDimension)));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                IndicatorFigure figure = reportFigure(definition, indicator, view, cellDimension, cellMember, p,
                        targets(connection, code, p.year(), cellDimension).get(cellMember));
                if (!disclose && indicator.confidential()) {
                    figure = withholding.withheld(facts, indicator.scope, cellDimension, p, indicator.measure)
                            .apply(figure);
                }
                figures.add(figure);
            }
            return figures;
        });
    }

    @Transactional
    public Ranking ranking(String code, Period period, boolean disclose) {
        Definition definition = definition(code);
        return jdbc.call(connection -> {
            Map<String, Official> officials = officials(connection, code, period);
            List<Ranking.RankedPark> unranked = new ArrayList<>();
            for (Park park : parks(connection)) {
                Official official = officials.get(park.code());
                BigDecimal value = official == null ? null : official.ytdValue();
                BigDecimal growth = official == null ? null : official.growthPct();
                String source = "OFFICIAL";
                if (park.own() && ReportIndicator.of(code).isPresent()) {
                    ReportIndicator indicator = ReportIndicator.of(code).orElseThrow();
                    RollupView view = new RollupView(load(connection, period, Set.of(Cell.Dimension.PARK,
                            Cell.Dimension.DESIGNATION)));
                    IndicatorFigure own = reportFigure(definition, indicator, view, parkDimension(indicator),
                            parkMember(indicator), period, null);
                    if (!disclose && indicator.confidential()) {
                        own = withholding.withheld(withholding.facts(connection), indicator.scope,
                                parkDimension(indicator), period, indicator.measure).apply(own);
                    }
                    value = own.ytdValue();
                    growth = own.yoyPct();
                    source = "REPORTS";
                }
                if (growth != null) {
                    unranked.add(new Ranking.RankedPark(0, park.code(), park.name(), park.own(), value, growth, source));
                }
            }
            unranked.sort(Comparator.comparing(Ranking.RankedPark::ytdGrowthPct).reversed()
                    .thenComparing(Ranking.RankedPark::parkCode));
            List<Ranking.RankedPark> ranked = new ArrayList<>();
            for (Ranking.RankedPark park : unranked) {
                long higher = unranked.stream().filter(p -> p.ytdGrowthPct().compareTo(park.ytdGrowthPct()) > 0).count();
                ranked.add(new Ranking.RankedPark((int) higher + 1, park.parkCode(), park.parkName(), park.own(),
                        park.ytdValue(), park.ytdGrowthPct(), park.source()));
            }
            return new Ranking(code, period.toString(), ranked);
        });
    }

    private static Period next(Period period) {
        return period.month() == 12 ? new Period(period.year() + 1, 2) : new Period(period.year(), period.month() + 1);
    }

    private static ReportIndicator reportIndicator(String code) {
        return ReportIndicator.of(code).orElseThrow(() -> ProblemException.invalidField("indicator",
                code + " is an official figure, published for the park as a whole; it has no breakdown or series here"));
    }

    private static Cell.Dimension parkDimension(ReportIndicator indicator) {
        return indicator.designation == null ? Cell.Dimension.PARK : Cell.Dimension.DESIGNATION;
    }

    private static String parkMember(ReportIndicator indicator) {
        return indicator.designation == null ? Cell.PARK : indicator.designation;
    }

    private static IndicatorFigure reportFigure(Definition definition, ReportIndicator indicator, RollupView view,
                                                Cell.Dimension dimension, String member, Period period,
                                                BigDecimal target) {
        int year = period.year();
        int month = period.month();
        Cell.Scope scope = indicator.scope;
        Measures.Measure measure = indicator.measure;
        BigDecimal value = view.month(scope, dimension, member, year, year, month, measure);
        BigDecimal ytd = view.ytd(scope, dimension, member, year, year, month, measure);
        BigDecimal sameScopeBase = view.ytd(scope, dimension, member, year, year - 1, month, measure);
        BigDecimal publishedBase = view.ytd(scope, dimension, member, year - 1, year - 1, month, measure);
        BigDecimal yoy = RollupView.growthPct(ytd, sameScopeBase);
        BigDecimal monthYoy = RollupView.growthPct(value, view.month(scope, dimension, member, year, year - 1, month,
                measure));
        BigDecimal pp = null;
        if (month > 2) {
            BigDecimal previous = RollupView.growthPct(view.ytd(scope, dimension, member, year, year, month - 1, measure),
                    view.ytd(scope, dimension, member, year, year - 1, month - 1, measure));
            pp = RollupView.ppChange(yoy, previous);
        }
        BigDecimal share;
        if (dimension == Cell.Dimension.PARK && scope == Cell.Scope.ABOVE_SCALE) {
            share = RollupView.sharePct(ytd, view.ytd(Cell.Scope.ALL, Cell.Dimension.PARK, Cell.PARK, year, year, month,
                    measure));
        } else if (dimension == Cell.Dimension.PARK) {
            share = null;
        } else {
            share = RollupView.sharePct(ytd, view.ytd(scope, Cell.Dimension.PARK, Cell.PARK, year, year, month, measure));
        }
        Measures counted = view.at(scope, dimension, member, year, year, month);
        return new IndicatorFigure(definition.code(), definition.nameZh(), definition.nameEn(), definition.unit(),
                scope.name(), definition.source(), dimension.name(), member, period.toString(), period.monthLabel(),
                period.ytdLabel(), value, ytd, yoy, RollupView.growthPct(ytd, publishedBase), monthYoy, pp, share,
                target, progress(ytd, target), null, null, counted == null ? 0 : counted.enterprises(), false, false);
    }

    private static BigDecimal progress(BigDecimal ytd, BigDecimal target) {
        if (ytd == null || target == null || target.signum() <= 0) {
            return null;
        }
        return ytd.multiply(BigDecimal.valueOf(100)).divide(target, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    private static IndicatorFigure officialFigure(Definition definition, Park own, Period period, BigDecimal target,
                                                  Map<String, Official> published,
                                                  Map<String, Official> publishedBefore) {
        Official now = published.get(own.code());
        if (now == null) {
            return null;
        }
        BigDecimal value = now.ytdValue();
        BigDecimal pp = null;
        if (period.month() > 2) {
            Official before = publishedBefore.get(own.code());
            value = before == null ? null : now.ytdValue().subtract(before.ytdValue());
            pp = before == null ? null : RollupView.ppChange(now.growthPct(), before.growthPct());
        }
        return new IndicatorFigure(definition.code(), definition.nameZh(), definition.nameEn(), definition.unit(),
                definition.scope(), "OFFICIAL", Cell.Dimension.PARK.name(), Cell.PARK, period.toString(),
                period.monthLabel(), period.ytdLabel(), value, now.ytdValue(), now.growthPct(), null, null, pp, null,
                target, progress(now.ytdValue(), target), null, null, null, false, false);
    }

    private static IndicatorFigure ranked(IndicatorFigure figure, Park own, Map<String, Official> published) {
        if (figure.yoyPct() == null) {
            return figure;
        }
        List<BigDecimal> peers = new ArrayList<>();
        published.forEach((park, official) -> {
            if (!park.equals(own.code()) && official.growthPct() != null) {
                peers.add(official.growthPct());
            }
        });
        if (peers.isEmpty()) {
            return figure;
        }
        long higher = peers.stream().filter(g -> g.compareTo(figure.yoyPct()) > 0).count();
        return figure.withRank((int) higher + 1, peers.size() + 1);
    }

    /** Every official figure of a period: indicator code → park → figure. */
    private static Map<String, Map<String, Official>> officials(Connection connection, Period period)
            throws SQLException {
        Map<String, Map<String, Official>> officials = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select indicator_code, park_code, ytd_value, ytd_growth_pct from official_figure
                 where year = ? and month = ?""")) {
            select.setInt(1, period.year());
            select.setInt(2, period.month());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    officials.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .put(rows.getString(2), new Official(rows.getBigDecimal(3), rows.getBigDecimal(4)));
                }
            }
        }
        return officials;
    }

    /** The park's targets of a year: indicator code → member → target. */
    private static Map<String, Map<String, BigDecimal>> parkTargets(Connection connection, int year)
            throws SQLException {
        Map<String, Map<String, BigDecimal>> targets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select indicator_code, member, target_value from indicator_target where year = ? and dimension = 'PARK'""")) {
            select.setInt(1, year);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    targets.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .put(rows.getString(2), rows.getBigDecimal(3));
                }
            }
        }
        return targets;
    }

    /** Rollup rows of {@code period}'s year and the year before, months up to the period's, for the given dimensions. */
    private static Map<Cell, Measures> load(Connection connection, Period period, Set<Cell.Dimension> dimensions)
            throws SQLException {
        Map<Cell, Measures> cells = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select * from indicator_rollup
                 where scope_year in (?, ?) and month <= ? and dimension = any(?)""")) {
            select.setInt(1, period.year());
            select.setInt(2, period.year() - 1);
            select.setInt(3, period.month());
            select.setArray(4, connection.createArrayOf("varchar", dimensions.stream().map(Enum::name).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cells.put(Rollup.cell(rows), Rollup.measures(rows));
                }
            }
        }
        return cells;
    }

    private static List<String> members(Connection connection, Cell.Scope scope, Cell.Dimension dimension,
                                        Period period) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select distinct member from indicator_rollup
                 where scope_year = ? and period_year = ? and month <= ? and scope = ? and dimension = ?
                 order by member""")) {
            select.setInt(1, period.year());
            select.setInt(2, period.year());
            select.setInt(3, period.month());
            select.setString(4, scope.name());
            select.setString(5, dimension.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getString(1));
                }
            }
        }
        return members;
    }

    private static Map<String, Official> officials(Connection connection, String code, Period period)
            throws SQLException {
        Map<String, Official> officials = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select park_code, ytd_value, ytd_growth_pct from official_figure
                 where indicator_code = ? and year = ? and month = ?""")) {
            select.setString(1, code);
            select.setInt(2, period.year());
            select.setInt(3, period.month());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    officials.put(rows.getString(1), new Official(rows.getBigDecimal(2), rows.getBigDecimal(3)));
                }
            }
        }
        return officials;
    }

    /** Annual targets of an indicator per member of a dimension (e.g. a 100-billion-yuan chain). */
    private static Map<String, BigDecimal> targets(Connection connection, String code, int year,
                                                   Cell.Dimension dimension) throws SQLException {
        Map<String, BigDecimal> targets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select member, target_value from indicator_target
                 where indicator_code = ? and year = ? and dimension = ?""")) {
            select.setString(1, code);
            select.setInt(2, year);
            select.setString(3, dimension.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    targets.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
        }
        return targets;
    }

    static List<Definition> catalogue(Connection connection) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select code, name_zh, name_en, unit, scope, price_basis, period_type, source, definition
                  from indicator_definition order by sort_order""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                definitions.add(new Definition(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9)));
            }
        }
        return definitions;
    }

    static List<Park> parks(Connection connection) throws SQLException {
        List<Park> parks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select code, name, own from park order by code");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                parks.add(new Park(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
        }
        return parks;
    }
}
