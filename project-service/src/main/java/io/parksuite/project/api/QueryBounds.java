package io.parksuite.project.api;

import io.parksuite.platform.http.QueryParams;
import io.parksuite.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The bounds of the query parameters that are not a page: years and dates between 1900 and 2100,
 * KPI periods of at most ten years, filter texts no longer than the column they search. Authorization
 * and cost both fail closed, so an unbounded value is a 422 naming the parameter, never a scan of
 * everything nor a date arithmetic overflow (a 500).
 */
final class QueryBounds {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** The longest KPI period: ten years of signing cohorts. */
    static final int MAX_KPI_MONTHS = 120;

    private QueryBounds() {
    }

    /** An optional calendar year, {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    static Integer year(String name, String value) {
        Integer year = QueryParams.optionalInt(name, value);
        if (year != null) {
            requireYear(name, year);
        }
        return year;
    }

    /** An optional ISO date within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO date, e.g. 2020-01-31");
        }
        requireYear(name, date.getYear());
        return date;
    }

    /** A KPI period: both months within the bounded years, at most {@value #MAX_KPI_MONTHS} months long. */
    static void kpiPeriod(YearMonth from, YearMonth to) {
        requireYear("from", from.getYear());
        requireYear("to", to.getYear());
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_KPI_MONTHS) {
            throw ProblemException.invalidField("to", "the period may span at most " + MAX_KPI_MONTHS + " months");
        }
    }

    private static void requireYear(String name, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField(name, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    /** An optional filter text, stripped, at most {@code max} characters; blank is absent. */
    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw ProblemException.invalidField(name, "must be at most " + max + " characters");
        }
        return text;
    }
}
