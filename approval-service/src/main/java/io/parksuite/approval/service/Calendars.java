package io.parksuite.approval.service;

import io.parksuite.approval.domain.HolidayEntry;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.DayType;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The working calendar in force: the platform's shipped State Council notices with the years an
 * administrator loaded laid over them. Reloaded after a load and at most a minute old, so every
 * instance soon sees a newly loaded year.
 */
@ApplicationScoped
public class Calendars {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Clock clock;
    private volatile WorkingCalendar current;
    private volatile Instant loadedAt = Instant.EPOCH;

    public Calendars(Clock clock) {
        this.clock = clock;
    }

    public WorkingCalendar current() {
        if (current == null || Instant.now().isAfter(loadedAt.plus(MAX_AGE))) {
            reload();
        }
        return current;
    }

    public LocalDate today() {
        return WorkingCalendar.today(clock);
    }

    public void reload() {
        List<HolidayEntry> loaded = QuarkusTransaction.joiningExisting().call(() -> HolidayEntry.<HolidayEntry>listAll());
        List<CalendarDay> days = loaded.stream()
                .map(e -> new CalendarDay(e.day, DayType.valueOf(e.type), e.name)).toList();
        current = WorkingCalendar.chinaMainland().withDays(days);
        loadedAt = Instant.now();
    }
}
