package io.parksuite.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 统计法 disclosure control for aggregates shown to roles that may not see enterprise figures. A
 * cell is sensitive when fewer than {@code minEnterprises} enterprises contribute to it, or when
 * the largest contributor holds more than {@code dominance} of it. If a breakdown would hide
 * exactly one cell, the smallest published cell is hidden with it (complementary suppression),
 * so the hidden cell cannot be worked out as the total minus the others.
 */
public final class DisclosureControl {

    private final int minEnterprises;
    private final BigDecimal dominance;

    public DisclosureControl(int minEnterprises, BigDecimal dominance) {
        this.minEnterprises = minEnterprises;
        this.dominance = dominance;
    }

    /** Contributions to one cell: how many enterprises, the cell's total, and the largest single share. */
    public record Stat(String member, int enterprises, BigDecimal total, BigDecimal largest) {
    }

    public boolean sensitive(Stat stat) {
        if (stat.enterprises() < minEnterprises) {
            return true;
        }
        return stat.total().signum() > 0
                && stat.largest().divide(stat.total(), MathContext.DECIMAL64).compareTo(dominance) > 0;
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
        long hiddenHere = statsPerMember.stream().filter(stats -> hidden.contains(stats.get(0).member())).count();
        if (hiddenHere == 1 && statsPerMember.size() > 1) {
            statsPerMember.stream()
                    .filter(stats -> !hidden.contains(stats.get(0).member()))
                    .min(Comparator.comparing((List<Stat> stats) -> stats.get(stats.size() - 1).total())
                            .thenComparing(stats -> stats.get(0).member()))
                    .ifPresent(stats -> hidden.add(stats.get(0).member()));
        }
        return hidden;
    }
}
