package io.parksuite.approval.service;

import io.parksuite.approval.domain.HolidayEntry;
import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.DayType;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The working calendar in force: the platform's shipped State Council notices with the years an
 * administrator loaded laid over them. Several instances serve the desk, so the calendar an instance
 * holds is checked against {@code calendar_revision} on every use and reloaded when another instance
 * (or a rolled-back load on this one) moved it: a newly loaded year is in force everywhere at once.
 */
@ApplicationScoped
public class Calendars {

    private final Clock clock;
    private final EntityManager entityManager;
    private volatile Loaded loaded;

    public Calendars(Clock clock, EntityManager entityManager) {
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** A calendar and the revision it was read at. */
    private record Loaded(long revision, WorkingCalendar calendar) {
    }

    public WorkingCalendar current() {
        Loaded held = loaded;
        if (held == null || held.revision() != QuarkusTransaction.joiningExisting().call(this::revision)) {
            held = reload();
        }
        return held.calendar();
    }

    public LocalDate today() {
        return WorkingCalendar.today(clock);
    }

    /**
     * Replaces one year's notice with {@code days} (already checked) and moves the revision; the revision row's
     * lock makes concurrent loads take turns. Answers the revision the load made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long replaceYear(int year, List<CalendarDay> days, String actor) {
        entityManager.createNativeQuery("update calendar_revision set revision = revision + 1 where id = 1").executeUpdate();
        HolidayEntry.delete("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        HolidayEntry.flush();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        for (CalendarDay day : days) {
            HolidayEntry entry = new HolidayEntry();
            entry.day = day.date();
            entry.type = day.type().name();
            entry.name = day.name().isEmpty() ? day.type().name() : day.name();
            entry.loadedBy = actor;
            entry.loadedAt = now;
            entry.persist();
        }
        HolidayEntry.flush();
        return reload().revision();
    }

    private Loaded reload() {
        Loaded fresh = QuarkusTransaction.joiningExisting().call(() -> {
            long revision = revision();
            List<CalendarDay> days = HolidayEntry.<HolidayEntry>listAll().stream()
                    .map(e -> new CalendarDay(e.day, DayType.valueOf(e.type), e.name)).toList();
            return new Loaded(revision, WorkingCalendar.chinaMainland().withDays(days));
        });
        loaded = fresh;
        return fresh;
    }

    private long revision() {
        return ((Number) entityManager.createNativeQuery("select revision from calendar_revision where id = 1")
                .getSingleResult()).longValue();
    }
}
