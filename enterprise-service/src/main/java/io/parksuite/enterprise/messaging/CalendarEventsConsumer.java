package io.parksuite.enterprise.messaging;

import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Takes the holiday notices loaded at the approval desk from {@code approval.events} into the calendar the liaison
 * reminders count working days on; every other approval event is acknowledged unprocessed.
 */
@ApplicationScoped
public class CalendarEventsConsumer {

    static final String CONSUMER = "enterprise-service.calendar";
    static final Set<String> TYPES = Set.of(LoadedCalendar.YEAR_LOADED);

    private final IdempotentConsumer inbox;
    private final LoadedCalendar calendar;

    public CalendarEventsConsumer(IdempotentConsumer inbox, LoadedCalendar calendar) {
        this.inbox = inbox;
        this.calendar = calendar;
    }

    @Incoming("approval-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, calendar::apply);
    }
}
