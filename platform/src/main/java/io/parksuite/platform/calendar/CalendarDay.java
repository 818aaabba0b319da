package io.parksuite.platform.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a holiday notice: the date, whether it is a holiday or a make-up workday
 * (调休上班), and the festival it belongs to (e.g. 春节).
 */
@Schema(name = "CalendarDay", description = "One dated entry of a holiday notice")
public record CalendarDay(
        @Schema(description = "The date") LocalDate date,
        @Schema(description = "HOLIDAY: a public holiday (放假); WORKDAY: a make-up workday on a weekend (调休上班)")
        DayType type,
        @Schema(description = "The festival it belongs to", examples = "春节") String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name.strip();
    }
}
