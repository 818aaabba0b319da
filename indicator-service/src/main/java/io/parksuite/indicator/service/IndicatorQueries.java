package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Park;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers indicator questions other than the dashboard ({@link Dashboards}): the catalogue, the
 * parks, breakdowns, time series and rankings. For callers that may not see enterprise figures,
 * cells and growth rates pass through the disclosure rules ({@link Withholding}). The pipeline's
 * figures ({@link ProjectCohortFigures}) break down by chain only and are not enterprise statistics.
 */
@ApplicationScoped
public class IndicatorQueries {

    private final IndicatorRepository repository;
    private final Withholding withholding;
    private final ActivityFigures activity;
    private final ProjectCohortFigures projects;

    public IndicatorQueries(IndicatorRepository repository, Withholding withholding, ActivityFigures activity,
                            ProjectCohortFigures projects) {
        this.repository = repository;
        this.withholding = withholding;
        this.activity = activity;
        this.projects = projects;
    }

    @Transactional
    public List<IndicatorDefinition> catalogue() {
        return repository.catalogue();
    }

    @Transactional
    public List<Park> parks() {
        return repository.parks();
    }

    /** Investment projects by stage (线索 LEAD … 达产 FULL_PRODUCTION), as known now. */
    @Transactional
    public Map<String, Integer> projectsByStage() {
        return activity.projectsByStage();
    }

    @Transactional
    public Breakdown breakdown(String code, Cell.Dimension dimension, Period period, boolean disclose) {
        IndicatorDefinition definition = definition(code);
        if (ProjectCohortFigures.handles(code)) {
            return projectBreakdown(definition, projectDimension(dimension), period);
        }
        ReportIndicator indicator = reportIndicator(code);
        RollupView view = new RollupView(repository.rollup(period, Set.of(Cell.Dimension.PARK, dimension)));
        Map<String, BigDecimal> targets = repository.targets(code, period.year(), dimension);
        Map<String, BigDecimal> parkTargets = repository.targets(code, period.year(), Cell.Dimension.PARK);
        IndicatorFigure total = FigureArithmetic.reportFigure(definition, indicator, view, Cell.Dimension.PARK,
                Cell.PARK, period, parkTargets.get(Cell.PARK));
        List<IndicatorFigure> cells = new ArrayList<>();
        for (String member : repository.members(indicator.scope, dimension, period)) {
            cells.add(FigureArithmetic.reportFigure(definition, indicator, view, dimension, member, period,
                    targets.get(member)));
        }
        Breakdown breakdown = new Breakdown(code, dimension.name(), period.toString(), total, cells);
        return disclose ? breakdown : withholding.shown(withholding.facts(), indicator, dimension, period, breakdown);
    }

    @Transactional
    public List<IndicatorFigure> series(String code, Cell.Dimension dimension, String member, Period from, Period to,
                                        boolean disclose) {
        IndicatorDefinition definition = definition(code);
        if (ProjectCohortFigures.handles(code)) {
            return projectSeries(definition, dimension == Cell.Dimension.PARK ? dimension : projectDimension(dimension),
                    dimension == Cell.Dimension.PARK ? Cell.PARK : member, from, to);
        }
        ReportIndicator indicator = reportIndicator(code);
        String cellMember = dimension == Cell.Dimension.PARK ? indicator.parkMember() : member;
        Cell.Dimension cellDimension = dimension == Cell.Dimension.PARK ? indicator.parkDimension() : dimension;
        List<IndicatorFigure> figures = new ArrayList<>();
        Map<Integer, RollupView> views = new HashMap<>();
        Withholding.Facts facts = withholding.facts();
        for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
            RollupView view = views.computeIfAbsent(period.year(), year -> new RollupView(repository.rollup(
                    new Period(year, 12), EnumSet.of(Cell.Dimension.PARK, cellDimension))));
            IndicatorFigure figure = FigureArithmetic.reportFigure(definition, indicator, view, cellDimension,
                    cellMember, period, repository.targets(code, period.year(), cellDimension).get(cellMember));
            if (!disclose) {
                figure = withholding.shown(facts, indicator, cellDimension, period, figure);
            }
            figures.add(figure);
        }
        return figures;
    }

    @Transactional
    public Ranking ranking(String code, Period period, boolean disclose) {
        IndicatorDefinition definition = definition(code);
        Map<String, IndicatorRepository.Official> officials = repository.officials(code, period);
        List<Ranking.RankedPark> unranked = new ArrayList<>();
        for (Park park : repository.parks()) {
            IndicatorRepository.Official official = officials.get(park.code());
            BigDecimal value = official == null ? null : official.ytdValue();
            BigDecimal growth = official == null ? null : official.growthPct();
            String source = "OFFICIAL";
            if (park.own() && ReportIndicator.of(code).isPresent()) {
                ReportIndicator indicator = ReportIndicator.of(code).orElseThrow();
                RollupView view = new RollupView(repository.rollup(period, Set.of(Cell.Dimension.PARK,
                        Cell.Dimension.DESIGNATION)));
                IndicatorFigure own = FigureArithmetic.reportFigure(definition, indicator, view,
                        indicator.parkDimension(), indicator.parkMember(), period, null);
                if (!disclose) {
                    own = withholding.shown(withholding.facts(), indicator, indicator.parkDimension(), period, own);
                }
                value = own.ytdValue();
                growth = own.yoyPct();
                source = "REPORTS";
            }
            if (growth != null) {
                unranked.add(new Ranking.RankedPark(0, park.code(), park.name(), park.own(), value, growth, source));
            }
        }
        return new Ranking(code, period.toString(), FigureArithmetic.rank(unranked));
    }

    private Breakdown projectBreakdown(IndicatorDefinition definition, Cell.Dimension dimension, Period period) {
        List<IndicatorFigure> figures = projects.byChain(definition, period,
                repository.targets(definition.code(), period.year(), Cell.Dimension.PARK).get(Cell.PARK),
                repository.targets(definition.code(), period.year(), dimension));
        if (figures.isEmpty()) {
            return new Breakdown(definition.code(), dimension.name(), period.toString(), null, List.of());
        }
        return new Breakdown(definition.code(), dimension.name(), period.toString(), figures.get(0),
                figures.subList(1, figures.size()));
    }

    private List<IndicatorFigure> projectSeries(IndicatorDefinition definition, Cell.Dimension dimension,
                                                String member, Period from, Period to) {
        List<IndicatorFigure> figures = new ArrayList<>();
        for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
            IndicatorFigure figure = projects.figure(definition, period, dimension, member,
                    repository.targets(definition.code(), period.year(), dimension).get(member));
            if (figure != null) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private static Cell.Dimension projectDimension(Cell.Dimension dimension) {
        if (dimension != Cell.Dimension.CHAIN) {
            throw ProblemException.invalidField("dimension", "the pipeline's figures break down by CHAIN only");
        }
        return dimension;
    }

    private IndicatorDefinition definition(String code) {
        return repository.catalogue().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("indicator", "unknown indicator " + code
                        + "; see /api/v1/indicators/catalogue"));
    }

    private static ReportIndicator reportIndicator(String code) {
        return ReportIndicator.of(code).orElseThrow(() -> ProblemException.invalidField("indicator",
                code + " is an official figure, published for the park as a whole; it has no breakdown or series here"));
    }
}
