package io.parksuite.approval.domain.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible history for the backtest: items with limits of 5 to 20 working days whose handling times are
 * log-normal around a median that drifts over the period, slower for a third of the items (a department falling
 * behind), faster for a third, steady for the rest; cases arrive every working day at random.
 */
public final class GeneratedHistory {

    private static final int[] LIMITS = {5, 10, 15, 20};

    private GeneratedHistory() {
    }

    public static List<Backtest.Case> generate(long seed, int items, int cases, int workingDays) {
        Random random = new Random(seed);
        double[] startMedian = new double[items];
        double[] endMedian = new double[items];
        int[] limit = new int[items];
        for (int i = 0; i < items; i++) {
            limit[i] = LIMITS[i % LIMITS.length];
            startMedian[i] = limit[i] * (0.45 + 0.3 * random.nextDouble());
            double drift = switch (i % 3) {
                case 0 -> 1.3 + 0.4 * random.nextDouble();
                case 1 -> 0.7 + 0.1 * random.nextDouble();
                default -> 1.0;
            };
            endMedian[i] = startMedian[i] * drift;
        }
        List<Backtest.Case> history = new ArrayList<>(cases);
        for (int n = 0; n < cases; n++) {
            int item = random.nextInt(items);
            int start = random.nextInt(workingDays);
            double progress = (double) start / workingDays;
            double median = startMedian[item] + (endMedian[item] - startMedian[item]) * progress;
            int days = Math.max(1, (int) Math.round(median * Math.exp(0.3 * random.nextGaussian())));
            history.add(new Backtest.Case("ITEM-" + (item + 1), start, limit[item], days));
        }
        history.sort(java.util.Comparator.comparingInt(Backtest.Case::startDay));
        return history;
    }
}
