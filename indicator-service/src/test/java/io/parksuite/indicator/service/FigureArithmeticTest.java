package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.IndicatorDefinition;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportIndicator;
import io.parksuite.indicator.domain.RollupView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The arithmetic of a figure on values stated directly: no database, no disclosure control. */
class FigureArithmeticTest {

    private static final IndicatorDefinition OUTPUT = new IndicatorDefinition("INDUSTRIAL_OUTPUT", "规模工业总产值",
            "Gross industrial output value of above-scale enterprises", "元", "ABOVE_SCALE", "CURRENT",
            "YEAR_TO_DATE", "REPORTS", "");
    private static final IndicatorDefinition VALUE_ADDED = new IndicatorDefinition("INDUSTRIAL_VALUE_ADDED",
            "规模工业增加值", "Industrial value added", "元", "ABOVE_SCALE", "COMPARABLE", "YEAR_TO_DATE", "OFFICIAL", "");

    private static void put(Map<Cell, Measures> cells, Cell.Scope scope, int scopeYear, int periodYear, int month,
                            int enterprises, long output) {
        cells.put(new Cell(scope, Cell.Dimension.PARK, Cell.PARK, scopeYear, periodYear, month),
                new Measures(enterprises, BigDecimal.valueOf(output), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** March and April of 2019, the same enterprises' 2018 months (同口径) and 2018 as published then. */
    private static RollupView view() {
        Map<Cell, Measures> cells = new TreeMap<>();
        put(cells, Cell.Scope.ABOVE_SCALE, 2019, 2019, 3, 4, 100);
        put(cells, Cell.Scope.ABOVE_SCALE, 2019, 2019, 4, 4, 120);
        put(cells, Cell.Scope.ABOVE_SCALE, 2019, 2018, 3, 4, 100);
        put(cells, Cell.Scope.ABOVE_SCALE, 2019, 2018, 4, 4, 100);
        put(cells, Cell.Scope.ABOVE_SCALE, 2018, 2018, 3, 5, 110);
        put(cells, Cell.Scope.ABOVE_SCALE, 2018, 2018, 4, 5, 110);
        put(cells, Cell.Scope.ALL, 2019, 2019, 3, 9, 150);
        put(cells, Cell.Scope.ALL, 2019, 2019, 4, 9, 150);
        return new RollupView(cells);
    }

    @Test
    void aReportFigureHasItsMonthYearToDateGrowthsShareAndProgress() {
        IndicatorFigure figure = FigureArithmetic.reportFigure(OUTPUT, ReportIndicator.INDUSTRIAL_OUTPUT, view(),
                Cell.Dimension.PARK, Cell.PARK, new Period(2019, 4), BigDecimal.valueOf(880));
        assertEquals(BigDecimal.valueOf(120), figure.value());
        assertEquals(BigDecimal.valueOf(220), figure.ytdValue());
        assertEquals(new BigDecimal("10.0"), figure.yoyPct(), "220 on the same enterprises' 200");
        assertEquals(new BigDecimal("0.0"), figure.naiveYoyPct(), "220 on last year's published 220");
        assertEquals(new BigDecimal("20.0"), figure.monthYoyPct());
        assertEquals(new BigDecimal("10.0"), figure.ppChange(), "10% now, 0% in March");
        assertEquals(new BigDecimal("73.3"), figure.sharePct(), "of all enterprises' 300");
        assertEquals(new BigDecimal("25.0"), figure.targetProgressPct());
        assertEquals(4, figure.enterprises());
        assertEquals("1–4月", figure.ytdLabel());
        assertEquals("ABOVE_SCALE", figure.scope());
        assertNull(figure.rank());
        assertFalse(figure.suppressed());
    }

    @Test
    void februaryHasNoChangeInPercentagePointsAndAnEmptyCellNoFigures() {
        IndicatorFigure figure = FigureArithmetic.reportFigure(OUTPUT, ReportIndicator.INDUSTRIAL_OUTPUT, view(),
                Cell.Dimension.PARK, Cell.PARK, new Period(2019, 2), null);
        assertNull(figure.value());
        assertNull(figure.ytdValue());
        assertNull(figure.yoyPct());
        assertNull(figure.ppChange());
        assertNull(figure.targetProgressPct());
        assertEquals(0, figure.enterprises());
    }

    @Test
    void anOfficialFiguresMonthIsTheDifferenceOfTwoPublishedYearToDateValues() {
        Map<String, IndicatorRepository.Official> august = Map.of("OWN",
                new IndicatorRepository.Official(BigDecimal.valueOf(800), new BigDecimal("10.2")));
        Map<String, IndicatorRepository.Official> july = Map.of("OWN",
                new IndicatorRepository.Official(BigDecimal.valueOf(700), new BigDecimal("9.5")));
        IndicatorFigure figure = FigureArithmetic.officialFigure(VALUE_ADDED, "OWN", new Period(2019, 8),
                BigDecimal.valueOf(1600), august, july);
        assertEquals(BigDecimal.valueOf(100), figure.value());
        assertEquals(BigDecimal.valueOf(800), figure.ytdValue());
        assertEquals(new BigDecimal("0.7"), figure.ppChange());
        assertEquals(new BigDecimal("50.0"), figure.targetProgressPct());
        assertEquals("OFFICIAL", figure.source());

        IndicatorFigure withoutJuly = FigureArithmetic.officialFigure(VALUE_ADDED, "OWN", new Period(2019, 8), null,
                august, Map.of());
        assertNull(withoutJuly.value());
        assertNull(withoutJuly.ppChange());
        assertEquals(BigDecimal.valueOf(800), FigureArithmetic.officialFigure(VALUE_ADDED, "OWN",
                new Period(2019, 2), null, august, Map.of()).value(), "1–2月 is its own month");
        assertNull(FigureArithmetic.officialFigure(VALUE_ADDED, "OWN", new Period(2019, 8), null, Map.of(), july));
    }

    @Test
    void theOwnParkIsRankedAmongPeersWithPublishedGrowth() {
        IndicatorFigure figure = IndicatorFigure.builder().yoyPct(new BigDecimal("10.0")).build();
        Map<String, IndicatorRepository.Official> published = Map.of(
                "OWN", new IndicatorRepository.Official(null, new BigDecimal("99.0")),
                "P1", new IndicatorRepository.Official(null, new BigDecimal("12.0")),
                "P2", new IndicatorRepository.Official(null, new BigDecimal("10.0")),
                "P3", new IndicatorRepository.Official(null, null));
        IndicatorFigure ranked = FigureArithmetic.ranked(figure, "OWN", published);
        assertEquals(2, ranked.rank());
        assertEquals(3, ranked.rankOf());
        assertNull(FigureArithmetic.ranked(figure, "OWN", Map.of()).rank());
        assertNull(FigureArithmetic.ranked(IndicatorFigure.builder().build(), "OWN", published).rank());
    }

    @Test
    void parksWithTheSameGrowthShareARank() {
        List<Ranking.RankedPark> ranked = FigureArithmetic.rank(List.of(
                park("B", "8.0"), park("C", "12.0"), park("A", "12.0"), park("D", "3.5")));
        assertEquals(List.of("A", "C", "B", "D"), ranked.stream().map(Ranking.RankedPark::parkCode).toList());
        assertEquals(List.of(1, 1, 3, 4), ranked.stream().map(Ranking.RankedPark::rank).toList());
    }

    @Test
    void progressNeedsAPositiveTarget() {
        assertEquals(new BigDecimal("33.3"), FigureArithmetic.progressPct(BigDecimal.ONE, BigDecimal.valueOf(3)));
        assertNull(FigureArithmetic.progressPct(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(FigureArithmetic.progressPct(null, BigDecimal.TEN));
    }

    private static Ranking.RankedPark park(String code, String growth) {
        return new Ranking.RankedPark(0, code, code, false, null, new BigDecimal(growth), "OFFICIAL");
    }
}
