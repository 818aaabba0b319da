package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The park's dashboard (经济指标看板): every catalogue indicator of a period, from the rollup (or,
 * as a check, from the facts), from the project and approval copies and from official figures,
 * with disclosure control for callers who may not see enterprise figures. Its report part and its
 * activity part are each served from {@link DashboardCache} while nothing behind them has changed.
 */
@ApplicationScoped
public class Dashboards {

    private static final Set<Cell.Dimension> DASHBOARD_DIMENSIONS = Set.of(Cell.Dimension.PARK,
            Cell.Dimension.DESIGNATION);

    private final IndicatorRepository repository;
    private final Withholding withholding;
    private final ActivityFigures activity;
    private final DashboardCache cache;
    private final SourceGenerations sources;
    private final RollupRebuild rebuild;
    private final Jdbc jdbc;

    public Dashboards(IndicatorRepository repository, Withholding withholding, ActivityFigures activity,
                      DashboardCache cache, SourceGenerations sources, RollupRebuild rebuild, Jdbc jdbc) {
        this.repository = repository;
        this.withholding = withholding;
        this.activity = activity;
        this.cache = cache;
        this.sources = sources;
        this.rebuild = rebuild;
        this.jdbc = jdbc;
    }

    /**
     * The dashboard from the rollup; its report figures and its project and approval figures are
     * each served from {@link DashboardCache} while nothing they are computed from has changed.
     */
    @Transactional
    public Dashboard dashboard(Period period, boolean disclose) {
        SourceGenerations.Generations generations = sources.current();
        DashboardCache.Part reports = cache.reports(period, disclose, generations.reports());
        if (reports == null) {
            reports = part(period, disclose, true,
                    new RollupView(repository.rollup(period, DASHBOARD_DIMENSIONS)));
            cache.putReports(period, disclose, generations.reports(), reports);
        }
        DashboardCache.Part activities = cache.activity(period, generations.activity());
        if (activities == null) {
            activities = part(period, disclose, false, null);
            cache.putActivity(period, generations.activity(), activities);
        }
        return assemble(period, reports, activities);
    }

    /**
     * The same dashboard summed from the facts (current report revisions classified by the
     * dimension copy, as the rebuild does) instead of the rollup: a check of the rollup, and the
     * baseline the rollup is measured against.
     */
    @Transactional
    public Dashboard dashboardFromFacts(Period period, boolean disclose) {
        RollupView fromFacts = new RollupView(jdbc.call(connection ->
                rebuild.cellsFromFacts(connection, period, DASHBOARD_DIMENSIONS)));
        return assemble(period, part(period, disclose, true, fromFacts), part(period, disclose, false, null));
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
    private DashboardCache.Part part(Period period, boolean disclose, boolean fromReports, RollupView view) {
        Park own = repository.parks().stream().filter(Park::own).findFirst().orElseThrow();
        Map<String, IndicatorFigure> figures = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> parkTargets = repository.parkTargets(period.year());
        Map<String, Map<String, IndicatorRepository.Official>> published = repository.officials(period);
        Map<String, Map<String, IndicatorRepository.Official>> publishedBefore = period.month() > 2
                ? repository.officials(new Period(period.year(), period.month() - 1)) : Map.of();
        Withholding.Facts facts = withholding.facts();
        for (IndicatorDefinition definition : repository.catalogue()) {
            order.add(definition.code());
            var reported = ReportIndicator.of(definition.code());
            if (reported.isPresent() != fromReports) {
                continue;
            }
            BigDecimal target = parkTargets.getOrDefault(definition.code(), Map.of()).get(Cell.PARK);
            IndicatorFigure figure = reported.isPresent()
                    ? FigureArithmetic.reportFigure(definition, reported.get(), view, reported.get().parkDimension(),
                            reported.get().parkMember(), period, target)
                    : activity.figure(definition, period, target);
            if (figure == null) {
                figure = FigureArithmetic.officialFigure(definition, own.code(), period, target,
                        published.getOrDefault(definition.code(), Map.of()),
                        publishedBefore.getOrDefault(definition.code(), Map.of()));
            }
            if (figure == null) {
                figures.put(definition.code(), null);
                continue;
            }
            if (!disclose && reported.isPresent()) {
                figure = withholding.shown(facts, reported.get(), reported.get().parkDimension(), period, figure);
            }
            figure = FigureArithmetic.ranked(figure, own.code(), published.getOrDefault(definition.code(), Map.of()));
            figures.put(definition.code(), figure);
        }
        return new DashboardCache.Part(own.code(), own.name(), List.copyOf(order), figures);
    }
}
