package io.parksuite.platform.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.PoisonEventException;
import io.parksuite.platform.persistence.Jdbc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The working calendar in force in a service that does not own it: the platform's shipped notices with
 * every year an administrator loaded through approval-service laid over them. Approval-service announces
 * each load ({@value #YEAR_LOADED}); the service's consumer hands the event to {@link #apply}, which keeps the
 * year in {@code calendar_year} unless a higher revision is already there, so redelivery and reordering never
 * bring back an older notice. {@link #current()} rebuilds the calendar when the stored revisions changed, looking at
 * most once a second (a report over thousands of projects asks for it per project), so both instances of a service
 * count working days on the same notices as the desk within a second of a load.
 */
@ApplicationScoped
public class LoadedCalendar {

    public static final String YEAR_LOADED = "parksuite.approval.calendar-year-loaded.v1";
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final Jdbc jdbc;
    private final ObjectMapper objectMapper;
    private volatile Held held;

    public LoadedCalendar(Jdbc jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** A calendar, the stored state it was built from and when that state was last compared with the table. */
    private record Held(String stamp, WorkingCalendar calendar, long checkedAt) {
    }

    public WorkingCalendar current() {
        Held recent = held;
        if (recent != null && System.nanoTime() - recent.checkedAt() < RECHECK_NANOS) {
            return recent.calendar();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            String stamp = jdbc.first("select count(*) || ':' || coalesce(sum(revision), 0) from calendar_year",
                    row -> row.getString(1)).orElseThrow();
            Held calendar = held;
            calendar = calendar != null && calendar.stamp().equals(stamp)
                    ? new Held(stamp, calendar.calendar(), System.nanoTime())
                    : new Held(stamp, build(), System.nanoTime());
            held = calendar;
            return calendar.calendar();
        });
    }

    /** Keeps the loaded year of a {@value #YEAR_LOADED} event unless a load of a higher revision is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        int year = data.path("year").asInt(0);
        long revision = data.path("revision").asLong(-1);
        JsonNode days = data.get("days");
        if (year < 1 || revision < 0 || days == null || !days.isArray()) {
            throw new PoisonEventException("A calendar load without year, revision or days");
        }
        List<CalendarDay> parsed = parse(days);
        if (parsed.stream().anyMatch(day -> day.date().getYear() != year)) {
            throw new PoisonEventException("A calendar load for " + year + " with a date of another year");
        }
        jdbc.update("""
                        insert into calendar_year (year, revision, days, loaded_by, loaded_at) values (?, ?, cast(? as jsonb), ?, ?)
                        on conflict (year) do update set revision = excluded.revision, days = excluded.days,
                               loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at
                         where calendar_year.revision < excluded.revision""",
                year, revision, days.toString(), data.path("loadedBy").asText(null), loadedAt(event));
        held = null;
    }

    private WorkingCalendar build() {
        List<String> years = jdbc.list("select days::text from calendar_year order by year", row -> row.getString(1));
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        for (String days : years) {
            try {
                calendar = calendar.withDays(parse(objectMapper.readTree(days)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("calendar_year holds invalid JSON", e);
            }
        }
        return calendar;
    }

    private static List<CalendarDay> parse(JsonNode days) {
        List<CalendarDay> parsed = new ArrayList<>(days.size());
        for (JsonNode day : days) {
            try {
                parsed.add(new CalendarDay(LocalDate.parse(day.path("date").asText()),
                        DayType.valueOf(day.path("type").asText()), day.path("name").asText("")));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new PoisonEventException("A calendar day that is not a date and HOLIDAY or WORKDAY: " + day);
            }
        }
        return parsed;
    }

    private static OffsetDateTime loadedAt(IncomingEvent event) {
        String value = event.data().path("loadedAt").asText(null);
        try {
            if (value != null) {
                return OffsetDateTime.parse(value);
            }
            return event.time() != null ? event.time() : OffsetDateTime.now();
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("loadedAt is not an RFC 3339 instant: " + value);
        }
    }
}
