package io.parksuite.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 统计法 disclosure control for aggregates shown to roles that may not see enterprise figures. A
 * cell is sensitive when fewer than {@code minEnterprises} enterprises contribute to it, or under
 * the p% rule: when the contributions other than the two largest add up to less than p% of the
 * largest, so that the second-largest contributor, subtracting its own figure from the total,
 * would know the largest one to within p%. If a breakdown would hide exactly one cell, or hidden
 * cells whose sum is itself sensitive, published cells are hidden with them, smallest first,
 * until the hidden cells together pass the rule (complementary suppression): a hidden cell cannot
 * be worked out as the total minus the others, nor estimated by a contributor from that sum.
 */
public final class DisclosureControl {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int minEnterprises;
    private final BigDecimal pPercent;

    public DisclosureControl(int minEnterprises, BigDecimal pPercent) {
        this.minEnterprises = minEnterprises;
        this.pPercent = pPercent;
    }

    /** Contributions to one cell: how many enterprises, the cell's total, and the two largest contributions. */
    public record Stat(String member, int enterprises, BigDecimal total, BigDecimal largest, BigDecimal second) {

        public static Stat of(String member, Collection<BigDecimal> contributions) {
            Tally tally = new Tally();
            contributions.forEach(tally::add);
            return tally.stat(member);
        }

        /** The contributions of this cell and {@code other} taken together. */
        Stat with(Stat other) {
            List<BigDecimal> top = new ArrayList<>(List.of(largest, second, other.largest, other.second));
            top.sort(Comparator.reverseOrder());
            return new Stat(member, enterprises + other.enterprises, total.add(other.total), top.get(0), top.get(1));
        }
    }

    /**
     * The contributions to one cell taken one at a time, keeping only what a {@link Stat} needs: a
     * year of reports is weighed without holding it.
     */
    public static final class Tally {
        private int enterprises;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal largest;
        private BigDecimal second;

        public void add(BigDecimal contribution) {
            enterprises++;
            total = total.add(contribution);
            if (largest == null || contribution.compareTo(largest) > 0) {
                second = largest;
                largest = contribution;
            } else if (second == null || contribution.compareTo(second) > 0) {
                second = contribution;
            }
        }

        public int enterprises() {
            return enterprises;
        }

        public Stat stat(String member) {
            return new Stat(member, enterprises, total, largest == null ? BigDecimal.ZERO : largest,
                    second == null ? BigDecimal.ZERO : second);
        }
    }

    public boolean sensitive(Stat stat) {
        if (stat.enterprises() < minEnterprises) {
            return true;
        }
        BigDecimal others = stat.total().subtract(stat.largest()).subtract(stat.second());
        return others.multiply(HUNDRED).compareTo(pPercent.multiply(stat.largest())) < 0;
    }

    /**
     * The members to hide in a breakdown: each sensitive in any of its stats (e.g. the month and
     * the year to date), plus complementary cells.
     */
    public Set<String> suppressed(List<List<Stat>> statsPerMember) {
        return suppressed(statsPerMember, Set.of());
    }

    /**
     * The same, for a month of a year in which {@code alreadyHidden} were withheld in earlier months
     * and stay withheld: the complement is chosen so that no single cell is hidden in this month.
     */
    public Set<String> suppressed(List<List<Stat>> statsPerMember, Set<String> alreadyHidden) {
        Set<String> hidden = new TreeSet<>(alreadyHidden);
        for (List<Stat> stats : statsPerMember) {
            if (stats.stream().anyMatch(this::sensitive)) {
                hidden.add(stats.get(0).member());
            }
        }
        List<List<Stat>> hiddenHere = new ArrayList<>(statsPerMember.stream()
                .filter(stats -> hidden.contains(stats.get(0).member())).toList());
        if (hiddenHere.isEmpty()) {
            return hidden;
        }
        List<List<Stat>> candidates = new ArrayList<>(statsPerMember.stream()
                .filter(stats -> !hidden.contains(stats.get(0).member()))
                .sorted(Comparator.comparing((List<Stat> stats) -> stats.get(stats.size() - 1).total())
                        .thenComparing(stats -> stats.get(0).member()))
                .toList());
        while (!candidates.isEmpty() && (hiddenHere.size() == 1 || sensitiveTogether(hiddenHere))) {
            List<Stat> complement = candidates.stream()
                    .filter(candidate -> !sensitiveTogether(with(hiddenHere, candidate)))
                    .findFirst().orElse(candidates.get(0));
            candidates.remove(complement);
            hiddenHere.add(complement);
            hidden.add(complement.get(0).member());
        }
        return hidden;
    }

    private static List<List<Stat>> with(List<List<Stat>> cells, List<Stat> another) {
        List<List<Stat>> all = new ArrayList<>(cells);
        all.add(another);
        return all;
    }

    /** Whether the sum of these cells, in any of their stats, is sensitive. */
    private boolean sensitiveTogether(List<List<Stat>> cells) {
        int kinds = cells.stream().mapToInt(List::size).min().orElse(0);
        for (int kind = 0; kind < kinds; kind++) {
            Stat sum = cells.get(0).get(kind);
            for (int i = 1; i < cells.size(); i++) {
                sum = sum.with(cells.get(i).get(kind));
            }
            if (sensitive(sum)) {
                return true;
            }
        }
        return false;
    }
}
