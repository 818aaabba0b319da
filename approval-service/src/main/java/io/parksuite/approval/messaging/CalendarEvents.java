package io.parksuite.approval.messaging;

import io.parksuite.platform.calendar.CalendarDay;
import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Announces each holiday notice an administrator loads, keyed {@code calendar-<year>}: the desk owns the
 * calendar, and every other service lays the loaded years over the shipped notices ({@link LoadedCalendar}), so
 * that all working-day figures of the suite agree.
 */
@ApplicationScoped
public class CalendarEvents {

    public static final String AGGREGATE_TYPE = "calendar";
    /** The type consumers know as {@link LoadedCalendar#YEAR_LOADED}. */
    public static final String YEAR_LOADED = "parksuite.approval.calendar-year-loaded.v1";

    private final Outbox outbox;

    public CalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void yearLoaded(int year, long revision, List<CalendarDay> days, String loadedBy, OffsetDateTime loadedAt) {
        outbox.record(AGGREGATE_TYPE, "calendar-" + year, YEAR_LOADED,
                new YearLoaded(year, revision, days, loadedBy, loadedAt));
    }

    /** Payload of {@link #YEAR_LOADED}. */
    record YearLoaded(int year, long revision, List<CalendarDay> days, String loadedBy, OffsetDateTime loadedAt) {
    }
}
