package io.parksuite.approval.service;

import io.parksuite.approval.messaging.CalendarEvents;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.DayType;
import io.parksuite.platform.calendar.HolidayCsv;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loading a year's State Council holiday notice (放假通知) as CSV: every line must be a date of that
 * year, once, and a make-up workday (调休) must fall on a weekend; then the year replaces the one in
 * force on every instance.
 */
@ApplicationScoped
public class CalendarNotices {

    /** A header line and at most one line per day of the year. */
    static final int MAX_NOTICE_LINES = 367;

    private final Calendars calendars;
    private final CalendarEvents events;
    private final Access access;
    private final Clock clock;

    public CalendarNotices(Calendars calendars, CalendarEvents events, Access access, Clock clock) {
        this.calendars = calendars;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Checks and loads the notice and announces it to the other services; returns the year's days as now in force. */
    @Transactional
    public List<CalendarDay> load(int year, String body) {
        List<CalendarDay> days = parse(year, body == null ? "" : body);
        String actor = access.actor();
        long revision = calendars.replaceYear(year, days, actor);
        events.yearLoaded(year, revision, days, actor, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return calendars.current().entries(year);
    }

    static List<CalendarDay> parse(int year, String csv) {
        if (csv.lines().limit(MAX_NOTICE_LINES + 1).count() > MAX_NOTICE_LINES) {
            throw ProblemException.invalidField("body", "a year's notice has at most " + MAX_NOTICE_LINES + " lines");
        }
        List<CalendarDay> days;
        try {
            days = HolidayCsv.parse(csv);
        } catch (HolidayCsv.LineException e) {
            throw ProblemException.invalidField("rows[" + e.line() + "]", e.getMessage());
        }
        if (days.isEmpty()) {
            throw ProblemException.invalidField("body", "no dates given");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            if (!seen.add(day.date())) {
                throw ProblemException.invalidField("rows", day.date() + " appears twice");
            }
            if (day.date().getYear() != year) {
                throw ProblemException.invalidField("rows", day.date() + " is not in " + year);
            }
            if (day.type() == DayType.WORKDAY && day.date().getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                throw ProblemException.invalidField("rows", day.date() + " is a weekday: a make-up workday falls on a weekend");
            }
        }
        return days;
    }
}
