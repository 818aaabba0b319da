package io.parksuite.indicator.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statistical reporting period {@code YYYY-MM}. January is never a period of its own: the
 * February report covers 1–2月 (January and February together), so months run 2…12.
 */
public record Period(int year, int month) implements Comparable<Period> {

    /** The zone of statistical dates: a period ends, and a day begins, in Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (month < 2 || month > 12) {
            throw new IllegalArgumentException("month must be 2..12");
        }
    }

    /** The period named by {@code text}, or why it is not one. */
    public static Result parse(String text) {
        if (text == null) {
            return Result.invalid("is required, as YYYY-MM");
        }
        var matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Result.invalid("must be YYYY-MM, e.g. 2019-08");
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        if (year < 1990 || year > 2100 || month < 1 || month > 12) {
            return Result.invalid("must be YYYY-MM with a month 01..12 and a year 1990..2100");
        }
        if (month == 1) {
            return Result.invalid("January is not reported alone: the February report (" + year
                    + "-02) covers 1–2月");
        }
        return new Result(new Period(year, month), null);
    }

    public static Period of(String text) {
        Result result = parse(text);
        if (result.period() == null) {
            throw new IllegalArgumentException("period " + result.error());
        }
        return result.period();
    }

    /** Today's date in the statistics zone, by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first moment after this period is over. */
    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** A period that has not ended yet on {@code today} cannot be reported. */
    public boolean isAfterLastClosedPeriod(LocalDate today) {
        return !YearMonth.of(year, month).isBefore(YearMonth.from(today));
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** The period after this one: the next month, or 1–2月 of the next year after December. */
    public Period next() {
        return month == 12 ? new Period(year + 1, 2) : new Period(year, month + 1);
    }

    public Period sameMonthLastYear() {
        return new Period(year - 1, month);
    }

    /** The period before this one in the same year, if any (1–2月 has none). */
    public Optional<Period> previousInYear() {
        return month == 2 ? Optional.empty() : Optional.of(new Period(year, month - 1));
    }

    /** 1–2月 for February, the month itself otherwise. */
    public String monthLabel() {
        return month == 2 ? "1–2月" : month + "月";
    }

    public String ytdLabel() {
        return "1–" + month + "月";
    }

    @Override
    public int compareTo(Period other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    @Override
    public String toString() {
        return "%04d-%02d".formatted(year, month);
    }

    /** A parsed period, or the reason the text is not one. */
    public record Result(Period period, String error) {
        static Result invalid(String error) {
            return new Result(null, error);
        }
    }
}
