package io.parksuite.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working-day engine (工作日计算) for statutory and promised time limits: Monday to Friday are
 * working days, except public holidays, and weekend make-up workdays (调休上班) count as working
 * days. All dates are calendar dates in Asia/Shanghai.
 *
 * <p>Conventions: a limit of {@code n} working days starting on day {@code d} ends on
 * {@link #addWorkingDays(LocalDate, int) addWorkingDays(d, n)}: the start day itself is not counted
 * (the law counts from the next day). Elapsed time {@link #workingDaysBetween(LocalDate, LocalDate)}
 * counts the working days after the start up to and including the end. Days covered by a
 * {@link Pause} (特别程序, 补正) are skipped by both.
 *
 * <p>Instances are immutable; {@link #withDays(Collection)} returns a calendar with further or
 * corrected notices, e.g. a year an administrator loaded.
 */
public final class WorkingCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String SHIPPED_RESOURCE = "calendar/cn-holidays.csv";

    private static final int MAX_SPAN_DAYS = 366 * 20;

    private static volatile WorkingCalendar shipped;

    private final Map<LocalDate, CalendarDay> days;
    private final SortedSet<Integer> years;

    private WorkingCalendar(Map<LocalDate, CalendarDay> days) {
        this.days = Collections.unmodifiableMap(days);
        TreeSet<Integer> covered = new TreeSet<>();
        days.keySet().forEach(date -> covered.add(date.getYear()));
        this.years = Collections.unmodifiableSortedSet(covered);
    }

    /** The calendar built from the State Council notices shipped with the platform (2019–2026). */
    public static WorkingCalendar chinaMainland() {
        WorkingCalendar calendar = shipped;
        if (calendar == null) {
            try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
                }
                calendar = of(HolidayCsv.load(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = calendar;
        }
        return calendar;
    }

    public static WorkingCalendar of(Collection<CalendarDay> entries) {
        Map<LocalDate, CalendarDay> byDate = new HashMap<>();
        entries.forEach(day -> byDate.put(day.date(), day));
        return new WorkingCalendar(byDate);
    }

    /** Weekends only, no holidays: the fallback for years no notice covers. */
    public static WorkingCalendar weekendsOnly() {
        return of(List.of());
    }

    /**
     * A calendar with {@code entries} added; an entry for a date already known replaces it. Loading
     * a whole year first removes that year's shipped entries so a corrected notice wins entirely.
     */
    public WorkingCalendar withDays(Collection<CalendarDay> entries) {
        Map<LocalDate, CalendarDay> merged = new HashMap<>(days);
        SortedSet<Integer> replacedYears = new TreeSet<>();
        entries.forEach(day -> replacedYears.add(day.date().getYear()));
        merged.keySet().removeIf(date -> replacedYears.contains(date.getYear()));
        entries.forEach(day -> merged.put(day.date(), day));
        return new WorkingCalendar(merged);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Years for which a notice is loaded (listed dates fall in them). */
    public SortedSet<Integer> coveredYears() {
        return years;
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public List<CalendarDay> entries(int year) {
        return days.values().stream().filter(day -> day.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) {
            return entry.type() == DayType.WORKDAY;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day on which a limit of {@code workingDays} starting on {@code start} ends. */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return addWorkingDays(start, workingDays, List.of());
    }

    /**
     * The day on which a limit of {@code workingDays} starting on {@code start} ends when the clock
     * stands still on paused days. While a pause is open the deadline is unknown, so an open pause
     * that starts before the limit runs out throws {@link IllegalStateException}.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays, Collection<Pause> pauses) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        int span = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (++span > MAX_SPAN_DAYS) {
                throw new IllegalStateException("an open pause stops the clock: no deadline can be computed");
            }
            if (counts(day, pauses)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code start} up to and including {@code end}; 0 when end ≤ start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return workingDaysBetween(start, end, List.of());
    }

    public int workingDaysBetween(LocalDate start, LocalDate end, Collection<Pause> pauses) {
        if (java.time.temporal.ChronoUnit.DAYS.between(start, end) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("a span of more than " + MAX_SPAN_DAYS + " days is not counted: "
                    + start + " to " + end);
        }
        int counted = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (counts(day, pauses)) {
                counted++;
            }
        }
        return counted;
    }

    /** Elapsed working days between two instants, each taken as its Asia/Shanghai date. */
    public int workingDaysBetween(Instant start, Instant end, Collection<Pause> pauses) {
        return workingDaysBetween(dateOf(start), dateOf(end), pauses);
    }

    /** Working days left until {@code deadline} seen from {@code today}; negative once overdue. */
    public int workingDaysLeft(LocalDate today, LocalDate deadline) {
        if (!deadline.isBefore(today)) {
            return workingDaysBetween(today, deadline);
        }
        return -workingDaysBetween(deadline, today);
    }

    private boolean counts(LocalDate day, Collection<Pause> pauses) {
        if (!isWorkingDay(day)) {
            return false;
        }
        for (Pause pause : pauses) {
            if (pause.covers(day)) {
                return false;
            }
        }
        return true;
    }
}
