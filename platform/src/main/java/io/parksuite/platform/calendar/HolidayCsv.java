package io.parksuite.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes holiday notices as {@code date,type,name} lines ({@code #} starts a comment),
 * the format of the shipped {@code calendar/cn-holidays.csv} and of the files an administrator
 * uploads to add a year.
 */
public final class HolidayCsv {

    /** A line that cannot be read, with its 1-based line number. */
    public static final class LineException extends IllegalArgumentException {
        private final int line;

        LineException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private HolidayCsv() {
    }

    public static List<CalendarDay> parse(Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String text;
            int number = 0;
            while ((text = lines.readLine()) != null) {
                number++;
                String line = text.strip();
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("date,")) {
                    continue;
                }
                days.add(parseLine(number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    public static List<CalendarDay> parse(String text) {
        return parse(new java.io.StringReader(text));
    }

    public static List<CalendarDay> load(InputStream in) {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static String format(List<CalendarDay> days) {
        StringBuilder out = new StringBuilder("date,type,name\n");
        days.forEach(day -> out.append(day.date()).append(',').append(day.type()).append(',')
                .append(day.name()).append('\n'));
        return out.toString();
    }

    private static CalendarDay parseLine(int number, String line) {
        String[] cells = line.split(",", 3);
        if (cells.length < 2) {
            throw new LineException(number, "expected date,type[,name]");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            throw new LineException(number, "date '" + cells[0].strip() + "' is not YYYY-MM-DD");
        }
        DayType type;
        try {
            type = DayType.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LineException(number, "type '" + cells[1].strip() + "' is neither HOLIDAY nor WORKDAY");
        }
        return new CalendarDay(date, type, cells.length > 2 ? cells[2] : "");
    }
}
