package io.parksuite.project.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Splits a project's lead time (签约 → 开工, 签约 → 投产) into whose time it was, day by day, so that
 * a slow project can be told from a slow desk: each day of the window [from, to) is government time
 * (政府用时) when any GOVERNMENT interval of the project's applications covers it, else enterprise
 * time (企业用时) when any ENTERPRISE interval does, else construction (the rest). Intervals are
 * inclusive dates and may overlap, extend past the window or lie outside it. Working days are the
 * window's days the calendar counts as working days; without a calendar (a year it cannot count)
 * only calendar days are given.
 */
public final class LeadTimeAttribution {

    /** Whose time an interval of a case is. */
    public enum Party { GOVERNMENT, ENTERPRISE }

    /** A dated interval of a case: first and last day inclusive. */
    public record Interval(Party party, LocalDate firstDay, LocalDate lastDay) {
    }

    /** Days of a window by part; total = government + enterprise + construction. */
    public record Split(long total, long government, long enterprise, long construction) {

        public static final Split NONE = new Split(0, 0, 0, 0);
    }

    /** Calendar days, and working days when the calendar can count the window (null otherwise). */
    public record Attribution(Split calendarDays, Split workingDays) {
    }

    private static final byte CONSTRUCTION = 0;
    private static final byte ENTERPRISE = 1;
    private static final byte GOVERNMENT = 2;

    private LeadTimeAttribution() {
    }

    /**
     * The days of [{@code from}, {@code to}) by part; {@code workingDay} tells working days, null when
     * they cannot be counted. An empty window (to not after from) has no days.
     */
    public static Attribution attribute(LocalDate from, LocalDate to, Collection<Interval> intervals,
                                        Predicate<LocalDate> workingDay) {
        long length = ChronoUnit.DAYS.between(from, to);
        if (length <= 0) {
            return new Attribution(Split.NONE, workingDay == null ? null : Split.NONE);
        }
        byte[] days = new byte[Math.toIntExact(length)];
        for (Interval interval : intervals) {
            LocalDate first = interval.firstDay().isBefore(from) ? from : interval.firstDay();
            LocalDate last = interval.lastDay().isBefore(to) ? interval.lastDay() : to.minusDays(1);
            if (last.isBefore(first)) {
                continue;
            }
            byte party = interval.party() == Party.GOVERNMENT ? GOVERNMENT : ENTERPRISE;
            int start = (int) ChronoUnit.DAYS.between(from, first);
            int end = (int) ChronoUnit.DAYS.between(from, last);
            for (int i = start; i <= end; i++) {
                if (days[i] < party) {
                    days[i] = party;
                }
            }
        }
        long[] calendar = new long[3];
        long[] working = new long[3];
        for (int i = 0; i < days.length; i++) {
            calendar[days[i]]++;
            if (workingDay != null && workingDay.test(from.plusDays(i))) {
                working[days[i]]++;
            }
        }
        return new Attribution(split(calendar), workingDay == null ? null : split(working));
    }

    /** The days of [{@code from}, {@code to}) that intervals of {@code party} cover, overlaps counted once. */
    public static long covered(LocalDate from, LocalDate to, Collection<Interval> intervals, Party party) {
        Split split = attribute(from, to, intervals.stream().filter(i -> i.party() == party).toList(), null)
                .calendarDays();
        return split.government() + split.enterprise();
    }

    private static Split split(long[] counts) {
        return new Split(counts[0] + counts[1] + counts[2], counts[GOVERNMENT], counts[ENTERPRISE], counts[CONSTRUCTION]);
    }
}
