package io.parksuite.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a holiday notice: the date, whether it is a holiday or a make-up workday
 * (调休上班), and the festival it belongs to (e.g. 春节).
 */
public record CalendarDay(LocalDate date, DayType type, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name.strip();
    }
}
