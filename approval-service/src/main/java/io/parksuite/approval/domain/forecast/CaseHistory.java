package io.parksuite.approval.domain.forecast;

import io.parksuite.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finished cases a {@link CompletionForecast} learns from, per key (an item, a follow-up kind and item): the
 * working days each took from its start to its end, the latest {@code keep} per key, oldest first. Cases starting in
 * a year the calendar cannot count, or ending before they start, are left out.
 */
public final class CaseHistory {

    /** One finished case. */
    public record Entry(String key, LocalDate start, LocalDate end) {
    }

    private CaseHistory() {
    }

    /** The durations per key from {@code newestFirst}, finished cases ordered by their end, newest first. */
    public static Map<String, List<Integer>> durations(List<Entry> newestFirst, WorkingCalendar calendar, int keep) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        int firstYear = calendar.coveredYears().first();
        for (Entry entry : newestFirst) {
            if (entry.end().isBefore(entry.start()) || entry.start().getYear() < firstYear) {
                continue;
            }
            List<Integer> durations = byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>());
            if (durations.size() < keep) {
                durations.add(calendar.workingDaysBetween(entry.start(), entry.end()));
            }
        }
        byKey.values().forEach(Collections::reverse);
        return byKey;
    }

    /** What a prediction of {@code predictedDays} (null: none) means for work started on {@code start}. */
    public record Prediction(Integer predictedDays, LocalDate completionOn, boolean breach) {

        public static Prediction of(Integer predictedDays, WorkingCalendar calendar, LocalDate start, LocalDate deadline,
                                    LocalDate today) {
            LocalDate on = predictedDays == null || start == null ? deadline : calendar.addWorkingDays(start, predictedDays);
            boolean breach = predictedDays != null && deadline != null && on.isAfter(deadline) && !today.isAfter(deadline);
            return new Prediction(predictedDays, on, breach);
        }
    }
}
