package io.parksuite.approval.domain.forecast;

import java.util.List;
import java.util.OptionalInt;

/**
 * 超期预警: predicts in how many working days an open piece of work (a department task, a follow-up) will be done,
 * from the recent history of the same item rather than from its limit alone. Of the item's latest finished cases,
 * those that took longer than the work has already run ("survivors": cases that were still open at this age) give
 * the prediction, their {@code quantile}; with fewer than {@code minCases} survivors there is no prediction and the
 * promised limit stands. Conditioning on age makes the prediction move as the work ages, and using only the latest
 * cases lets it follow an item whose handling drifts slower or faster.
 */
public final class CompletionForecast {

    /** The settings the desk runs with: the 0.6 quantile of at least 5 survivors among the latest 50 cases. */
    public static final CompletionForecast STANDARD = new CompletionForecast(0.6, 5, 50);

    private final double quantile;
    private final int minCases;
    private final int recentCases;

    public CompletionForecast(double quantile, int minCases, int recentCases) {
        if (quantile <= 0 || quantile >= 1 || minCases < 1 || recentCases < minCases) {
            throw new IllegalArgumentException("need 0 < quantile < 1 and 1 <= minCases <= recentCases");
        }
        this.quantile = quantile;
        this.minCases = minCases;
        this.recentCases = recentCases;
    }

    public int recentCases() {
        return recentCases;
    }

    /**
     * The predicted total working days of work that has run {@code elapsed} working days, from the durations of the
     * item's finished cases, oldest first (only the latest {@link #recentCases()} count); empty when too few of them
     * ran longer than {@code elapsed}.
     */
    public OptionalInt predictedDays(List<Integer> finishedDurations, int elapsed) {
        int from = Math.max(0, finishedDurations.size() - recentCases);
        int[] survivors = finishedDurations.subList(from, finishedDurations.size()).stream()
                .mapToInt(Integer::intValue).filter(days -> days > elapsed).sorted().toArray();
        if (survivors.length < minCases) {
            return OptionalInt.empty();
        }
        int index = (int) Math.ceil(quantile * survivors.length) - 1;
        return OptionalInt.of(survivors[Math.max(0, index)]);
    }

    /** Whether work of {@code limitDays} that has run {@code elapsed} days is predicted to finish after its limit. */
    public boolean predictsBreach(List<Integer> finishedDurations, int elapsed, int limitDays) {
        OptionalInt predicted = predictedDays(finishedDurations, elapsed);
        return predicted.isPresent() && predicted.getAsInt() > limitDays;
    }

    @Override
    public String toString() {
        return "quantile " + quantile + " of >= " + minCases + " survivors among the latest " + recentCases + " cases";
    }
}
