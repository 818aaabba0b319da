package io.parksuite.approval.domain;

import io.parksuite.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates the working calendar computes with: years 2010 (the first State Council holiday notice
 * the platform ships) to 2099 and ranges of at most ten years.
 * Working-day arithmetic walks day by day, so an unbounded date or range from a request would pin a
 * core (and a date near {@link LocalDate#MAX} would overflow); anything outside is a 422 naming the
 * parameter.
 */
public final class CalendarLimits {

    public static final int FIRST_YEAR = 2010;
    public static final int LAST_YEAR = 2099;
    /** The longest range between two dates: ten years. */
    public static final int MAX_RANGE_DAYS = 3653;
    /** The most working days a deadline may be asked for. */
    public static final int MAX_WORKING_DAYS = 3650;

    private CalendarLimits() {
    }

    public static int requireYear(String parameter, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField(parameter, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    public static LocalDate requireDate(String parameter, LocalDate date) {
        requireYear(parameter, date.getYear());
        return date;
    }

    /** {@code to} within {@link #MAX_RANGE_DAYS} of {@code from}, either way. */
    public static LocalDate requireRange(String parameter, LocalDate from, LocalDate to) {
        requireDate(parameter, to);
        if (Math.abs(ChronoUnit.DAYS.between(from, to)) > MAX_RANGE_DAYS) {
            throw ProblemException.invalidField(parameter, "must be within ten years (" + MAX_RANGE_DAYS + " days) of from");
        }
        return to;
    }

    public static int requireWorkingDays(String parameter, int days) {
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw ProblemException.invalidField(parameter, "must be 0 to " + MAX_WORKING_DAYS);
        }
        return days;
    }
}
