package io.parksuite.approval.domain.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recorded history of finished cases, day by day, and scores two ways of warning an officer that a case
 * will breach its limit against the breaches that actually happened: the {@link CompletionForecast}, which at each
 * day sees only the cases finished before that day, and a fixed window, which warns every case still open a fixed
 * number of working days before its deadline (today's reminder scan uses two). A warning is in time when it comes at
 * least {@code actDays} working days before the deadline: escalating to the department head and deciding a 第42条
 * extension, which must be approved before the deadline, take that long. Days are working-day indexes, so the
 * replay needs no calendar.
 */
public final class Backtest {

    /** One finished case of an item: the working day it started on, its limit and the working days it took. */
    public record Case(String itemCode, int startDay, int limitDays, int actualDays) {

        boolean breached() {
            return actualDays > limitDays;
        }

        int finishDay() {
            return startDay + actualDays;
        }
    }

    /**
     * How one method did: cases warned, of which breached, all breaches, the breaches warned in time, and the
     * median working days between a breach's warning and its deadline.
     */
    public record Score(String method, int warned, int warnedBreaches, int breaches, int breachesWarnedInTime,
                        double medianLeadDays) {

        public double precision() {
            return warned == 0 ? Double.NaN : (double) warnedBreaches / warned;
        }

        /** The share of breaches warned at all before their deadline. */
        public double recall() {
            return breaches == 0 ? Double.NaN : (double) warnedBreaches / breaches;
        }

        /** The share of breaches warned in time to act. */
        public double recallInTime() {
            return breaches == 0 ? Double.NaN : (double) breachesWarnedInTime / breaches;
        }
    }

    /** The scores of the forecast and of the windows over one history. */
    public record Report(int cases, int breaches, int actDays, Score forecast, List<Score> windows) {
    }

    private final CompletionForecast forecast;
    private final int actDays;

    public Backtest(CompletionForecast forecast, int actDays) {
        this.forecast = forecast;
        this.actDays = actDays;
    }

    public Report run(List<Case> history, int... windowDays) {
        int breaches = (int) history.stream().filter(Case::breached).count();
        List<Score> windows = new ArrayList<>();
        for (int days : windowDays) {
            windows.add(window(history, days, breaches));
        }
        return new Report(history.size(), breaches, actDays, forecast(history, breaches), windows);
    }

    private Score forecast(List<Case> history, int breaches) {
        Map<String, List<Case>> finishedByItem = new HashMap<>();
        for (Case c : history) {
            finishedByItem.computeIfAbsent(c.itemCode(), k -> new ArrayList<>()).add(c);
        }
        finishedByItem.values().forEach(cases -> cases.sort(Comparator.comparingInt(Case::finishDay)));
        int warned = 0;
        int warnedBreaches = 0;
        int inTime = 0;
        List<Integer> leads = new ArrayList<>();
        for (Case c : history) {
            List<Case> item = finishedByItem.get(c.itemCode());
            for (int age = 0; age < c.actualDays() && age < c.limitDays(); age++) {
                if (forecast.predictsBreach(durationsFinishedBefore(item, c.startDay() + age), age, c.limitDays())) {
                    warned++;
                    int lead = c.limitDays() - age;
                    if (c.breached()) {
                        warnedBreaches++;
                        leads.add(lead);
                        if (lead >= actDays) {
                            inTime++;
                        }
                    }
                    break;
                }
            }
        }
        return new Score("forecast", warned, warnedBreaches, breaches, inTime, median(leads));
    }

    private List<Integer> durationsFinishedBefore(List<Case> item, int day) {
        int low = 0;
        int high = item.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (item.get(mid).finishDay() < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int from = Math.max(0, low - forecast.recentCases());
        List<Integer> durations = new ArrayList<>(low - from);
        for (int i = from; i < low; i++) {
            durations.add(item.get(i).actualDays());
        }
        return durations;
    }

    private Score window(List<Case> history, int days, int breaches) {
        int warned = 0;
        int warnedBreaches = 0;
        for (Case c : history) {
            if (c.limitDays() >= days && c.actualDays() > c.limitDays() - days) {
                warned++;
                if (c.breached()) {
                    warnedBreaches++;
                }
            }
        }
        int inTime = days >= actDays ? warnedBreaches : 0;
        return new Score(days + "-day window", warned, warnedBreaches, breaches, inTime, warnedBreaches == 0 ? Double.NaN : days);
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
