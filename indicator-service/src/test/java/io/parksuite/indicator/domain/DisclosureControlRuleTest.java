package io.parksuite.indicator.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The p% rule and complementary suppression, on contributions stated directly. */
class DisclosureControlRuleTest {

    private final DisclosureControl control = new DisclosureControl(3, BigDecimal.TEN);

    private static DisclosureControl.Stat stat(String member, long... contributions) {
        return DisclosureControl.Stat.of(member, Stream.of(contributions).flatMapToLong(java.util.Arrays::stream)
                .mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void aTallyKeepsTheCountTotalAndTwoLargestOfContributionsTakenInAnyOrder() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            List<BigDecimal> contributions = random.ints(random.nextInt(7), 0, 4)
                    .mapToObj(i -> BigDecimal.valueOf(i * 100L, 2)).toList();
            DisclosureControl.Tally tally = new DisclosureControl.Tally();
            contributions.forEach(tally::add);
            DisclosureControl.Stat stat = tally.stat("M");
            List<BigDecimal> sorted = contributions.stream().sorted(Comparator.reverseOrder()).toList();
            String why = "contributions " + contributions;
            assertEquals(sorted.size(), stat.enterprises(), why);
            assertEquals(0, sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(stat.total()), why);
            assertEquals(0, (sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(0)).compareTo(stat.largest()), why);
            assertEquals(0, (sorted.size() < 2 ? BigDecimal.ZERO : sorted.get(1)).compareTo(stat.second()), why);
        }
    }

    @Test
    void aCellTheSecondContributorCouldSubtractItselfFromIsSensitiveThoughNoOneHolds85Percent() {
        DisclosureControl.Stat cell = stat("S", 800, 150, 50);
        assertTrue(cell.largest().doubleValue() / cell.total().doubleValue() < 0.85, "the old dominance rule let it pass");
        BigDecimal estimate = cell.total().subtract(cell.second());
        assertTrue(estimate.subtract(cell.largest()).abs().doubleValue() < 0.10 * cell.largest().doubleValue(),
                "the second contributor knows the largest to within 10%");
        assertTrue(control.sensitive(cell));
    }

    @Test
    void cellsWhoseOtherContributorsHideTheLargestPassAndSmallCellsDoNot() {
        assertFalse(control.sensitive(stat("EVEN", 200, 210, 220)));
        assertFalse(control.sensitive(stat("WIDE", 800, 150, 80)));
        assertTrue(control.sensitive(stat("TWO", 300, 300)));
        assertTrue(control.sensitive(stat("DOMINATED", 10, 10, 10, 1000)));
    }

    @Test
    void aLoneSensitiveCellTakesTheSmallestComplementWhoseSumWithItPassesTheRule() {
        List<List<DisclosureControl.Stat>> cells = List.of(
                List.of(stat("A_SENSITIVE", 800, 150, 50)),
                List.of(stat("B_TINY", 5, 5, 5)),
                List.of(stat("C_MEDIUM", 400, 400, 400)),
                List.of(stat("D_LARGE", 900, 900, 900, 900)));
        assertEquals(Set.of("A_SENSITIVE", "C_MEDIUM"), control.suppressed(cells),
                "hidden with the tiny cell, the second contributor would still estimate the largest within 10%");
    }

    @Test
    void twoHiddenCellsWhoseSumIsStillSensitiveGetAComplement() {
        List<List<DisclosureControl.Stat>> cells = List.of(
                List.of(stat("A_ONE", 1000)),
                List.of(stat("B_ONE", 30)),
                List.of(stat("C_SMALL", 20, 20, 20)),
                List.of(stat("D_EVEN", 500, 500, 500)));
        assertEquals(Set.of("A_ONE", "B_ONE", "D_EVEN"), control.suppressed(cells),
                "two single enterprises hidden together: each could subtract itself from their sum; the small "
                        + "cell would not cover the larger one");
    }

    @Test
    void contributionsOfExactlyPPercentOfTheLargestPassAndLessDoNot() {
        assertFalse(control.sensitive(stat("AT_P", 1000, 100, 100)));
        assertTrue(control.sensitive(stat("BELOW_P", 1000, 100, 99)));
        assertFalse(new DisclosureControl(4, BigDecimal.TEN).sensitive(stat("FOUR", 100, 100, 100, 100)));
        assertTrue(new DisclosureControl(4, BigDecimal.TEN).sensitive(stat("THREE", 100, 100, 100)));
    }

    @Test
    void aBreakdownWithNothingSensitiveHidesNothing() {
        assertEquals(Set.of(), control.suppressed(List.of(
                List.of(stat("A", 200, 210, 220)), List.of(stat("B", 100, 100, 100)))));
    }

    @Test
    void aCellHiddenEarlierInTheYearStaysHiddenAndIsNotLeftAlone() {
        List<List<DisclosureControl.Stat>> month = List.of(
                List.of(stat("A_EARLIER", 200, 210, 220)),
                List.of(stat("B_SMALL", 100, 100, 100)),
                List.of(stat("C_LARGE", 500, 500, 500)));
        assertEquals(Set.of("A_EARLIER", "B_SMALL"), control.suppressed(month, Set.of("A_EARLIER")));
    }

    @Test
    void aCellSensitiveInAnyOfItsStatsIsHidden() {
        List<List<DisclosureControl.Stat>> cells = List.of(
                List.of(stat("A_MONTH_ALONE", 300), stat("A_MONTH_ALONE", 200, 210, 220)),
                List.of(stat("B", 100, 100, 100), stat("B", 300, 300, 300)),
                List.of(stat("C", 400, 400, 400), stat("C", 900, 900, 900)));
        assertEquals(Set.of("A_MONTH_ALONE", "B"), control.suppressed(cells));
    }
}
