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
 * <p>Coverage: a year is covered when its State Council notice is loaded ({@link #coveredYears()}); the
 * shipped notices cover 2010 to 2026. A notice may begin in the last days of December of the year before
 * (an entry dated in December whose name contains 元旦 belongs to the next year's notice); such an entry
 * does not make that December's year covered. Days of a year <em>before</em> the first covered year cannot
 * be counted: {@link #isWorkingDay(LocalDate)}, {@link #addWorkingDays addWorkingDays},
 * {@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween}, {@link #nextWorkingDayFrom} and
 * {@link #workingDaysLeft} throw {@link UncoveredYearException} when they would look at one. Any other year
 * without a notice, typically one past the last notice (the notice for next year is published late in the
 * year while deadlines already run into it), is <em>provisional</em> ({@link #isProvisional(int)}): it counts
 * Monday to Friday as working days and weekends as rest days until its notice is loaded. A calendar without
 * any notice ({@link #weekendsOnly()}) is provisional in every year.
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
        days.values().forEach(day -> covered.add(noticeYear(day)));
        this.years = Collections.unmodifiableSortedSet(covered);
    }

    /** The calendar built from the State Council notices shipped with the platform (2010–2026). */
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

    /** Weekends only, no holidays and no notice: every year is {@linkplain #isProvisional(int) provisional}. */
    public static WorkingCalendar weekendsOnly() {
        return of(List.of());
    }

    /**
     * A calendar with {@code entries} added; an entry for a date already known replaces it. Loading
     * a whole year first removes that year's notice, so a corrected notice wins entirely; the entries of
     * another notice that fall in that year (the next notice's last days of December) stay.
     */
    public WorkingCalendar withDays(Collection<CalendarDay> entries) {
        Map<LocalDate, CalendarDay> merged = new HashMap<>(days);
        SortedSet<Integer> replacedYears = new TreeSet<>();
        entries.forEach(day -> replacedYears.add(noticeYear(day)));
        merged.values().removeIf(day -> replacedYears.contains(noticeYear(day)));
        entries.forEach(day -> merged.put(day.date(), day));
        return new WorkingCalendar(merged);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * Years for which a notice is loaded. A notice's entries in the December before its year (元旦) do not
     * make that December's year covered.
     */
    public SortedSet<Integer> coveredYears() {
        return years;
    }

    /**
     * Whether {@code year} is counted provisionally, weekends only, because no notice is loaded for it
     * although it is not before the first covered year: typically a year past the last notice. Such a count
     * may change once the year's notice is loaded. False for covered years and for years before the first
     * covered year (which cannot be counted at all).
     */
    public boolean isProvisional(int year) {
        return !years.contains(year) && (years.isEmpty() || year > years.first());
    }

    /** Whether {@code date} falls in a {@linkplain #isProvisional(int) provisional} year. */
    public boolean isProvisional(LocalDate date) {
        return isProvisional(date.getYear());
    }

    /**
     * The year of the notice an entry belongs to: its own year, except an entry of the December before
     * a notice's year for its 元旦 holiday or make-up workday.
     */
    static int noticeYear(CalendarDay day) {
        LocalDate date = day.date();
        return date.getMonthValue() == 12 && day.name().contains("元旦") ? date.getYear() + 1 : date.getYear();
    }

    private void requireCountable(LocalDate date) {
        if (!years.isEmpty() && date.getYear() < years.first()) {
            throw new UncoveredYearException(date.getYear(), years.first());
        }
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public List<CalendarDay> entries(int year) {
        return days.values().stream().filter(day -> day.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }

    /**
     * Whether {@code date} is a working day.
     *
     * @throws UncoveredYearException if {@code date} is before the first covered year
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCountable(date);
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
