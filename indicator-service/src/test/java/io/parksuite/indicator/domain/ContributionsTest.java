package io.parksuite.indicator.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which cells a report adds to: the park, chains at the month's end, designations, the street, both scopes. */
class ContributionsTest {

    private static final Period AUGUST_2019 = new Period(2019, 8);

    private static ReportFigures figures(long output) {
        return new ReportFigures(BigDecimal.valueOf(output), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 10,
                null, BigDecimal.ZERO);
    }

    private static Classification enterprise(List<Classification.ChainMembership> chains,
                                             List<Classification.HeldDesignation> designations) {
        return new Classification("91430112M000100Y43", "STREET_A", chains, designations);
    }

    @Test
    void anUnclassifiedSmallEnterpriseCountsInThePark_UnclassifiedChainAndItsStreet() {
        List<Cell> cells = Contributions.cellsOf(enterprise(List.of(), List.of()), 2019, AUGUST_2019);
        assertEquals(List.of(
                new Cell(Cell.Scope.ALL, Cell.Dimension.PARK, Cell.PARK, 2019, 2019, 8),
                new Cell(Cell.Scope.ALL, Cell.Dimension.CHAIN, Cell.UNCLASSIFIED, 2019, 2019, 8),
                new Cell(Cell.Scope.ALL, Cell.Dimension.STREET, "STREET_A", 2019, 2019, 8)), cells);
    }

    @Test
    void aboveScaleInTheClassifyingYearAddsTheAboveScaleCellsToo() {
        Classification classification = enterprise(List.of(), List.of(
                new Classification.HeldDesignation(Classification.ABOVE_SCALE_INDUSTRY, 2019)));
        List<Cell> in2019 = Contributions.cellsOf(classification, 2019, AUGUST_2019);
        assertTrue(in2019.contains(new Cell(Cell.Scope.ABOVE_SCALE, Cell.Dimension.PARK, Cell.PARK, 2019, 2019, 8)));
        assertTrue(in2019.contains(new Cell(Cell.Scope.ALL, Cell.Dimension.DESIGNATION,
                Classification.ABOVE_SCALE_INDUSTRY, 2019, 2019, 8)));
        List<Cell> in2020 = Contributions.cellsOf(classification, 2020, AUGUST_2019);
        assertTrue(in2020.stream().allMatch(cell -> cell.scope() == Cell.Scope.ALL),
                "not above-scale in 2020: next year's base counts it in ALL only");
    }

    @Test
    void chainsAreTakenAtTheEndOfTheMonthOfTheClassifyingYear() {
        Classification joinedLate = enterprise(List.of(new Classification.ChainMembership("CHAIN_X",
                LocalDate.of(2020, 8, 15), null)), List.of());
        assertTrue(Contributions.cellsOf(joinedLate, 2019, AUGUST_2019)
                .contains(new Cell(Cell.Scope.ALL, Cell.Dimension.CHAIN, Cell.UNCLASSIFIED, 2019, 2019, 8)));
        assertTrue(Contributions.cellsOf(joinedLate, 2020, AUGUST_2019)
                .contains(new Cell(Cell.Scope.ALL, Cell.Dimension.CHAIN, "CHAIN_X", 2020, 2019, 8)),
                "a member on 2020-08-31, so in the 2020 base of August 2019");
    }

    @Test
    void aReportCountsForItsOwnYearAndAsNextYearsBase() {
        Map<Cell, Measures> cells = Contributions.of(enterprise(List.of(), List.of()),
                Map.of(AUGUST_2019, figures(100)));
        assertEquals(6, cells.size());
        assertEquals(BigDecimal.valueOf(100), cells.get(new Cell(Cell.Scope.ALL, Cell.Dimension.PARK, Cell.PARK,
                2020, 2019, 8)).outputValue());
        assertEquals(1, cells.get(new Cell(Cell.Scope.ALL, Cell.Dimension.PARK, Cell.PARK, 2019, 2019, 8))
                .enterprises());
    }

    @Test
    void theDeltaOfARevisionIsTheDifferenceAndDropsUnchangedCells() {
        Classification classification = enterprise(List.of(), List.of());
        Map<Cell, Measures> before = Contributions.of(classification, Map.of(AUGUST_2019, figures(100)));
        Map<Cell, Measures> after = Contributions.of(classification, Map.of(AUGUST_2019, figures(130)));
        Map<Cell, Measures> delta = Contributions.delta(before, after);
        assertEquals(6, delta.size());
        delta.values().forEach(measures -> {
            assertEquals(0, measures.enterprises());
            assertEquals(BigDecimal.valueOf(30), measures.outputValue());
        });
        assertTrue(Contributions.delta(before, before).isEmpty());
    }

    @Test
    void aMoveToAnotherStreetTakesTheReportOutOfTheOldCell() {
        Map<Period, ReportFigures> reports = new TreeMap<>(Map.of(AUGUST_2019, figures(100)));
        Map<Cell, Measures> before = Contributions.of(enterprise(List.of(), List.of()), reports);
        Map<Cell, Measures> after = Contributions.of(new Classification("91430112M000100Y43", "STREET_B", List.of(),
                List.of()), reports);
        Map<Cell, Measures> delta = Contributions.delta(before, after);
        assertEquals(-1, delta.get(new Cell(Cell.Scope.ALL, Cell.Dimension.STREET, "STREET_A", 2019, 2019, 8))
                .enterprises());
        assertEquals(1, delta.get(new Cell(Cell.Scope.ALL, Cell.Dimension.STREET, "STREET_B", 2019, 2019, 8))
                .enterprises());
        assertEquals(4, delta.size(), "the park and chain cells of both years are unchanged");
    }
}
