package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.service.LiaisonReminderScan;
import io.parksuite.platform.calendar.LoadedCalendar;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A holiday notice loaded at the approval desk moves the liaison reminders' working-day window here too. */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,approval.events"))
class CalendarEventsConsumerServiceTest {

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    LiaisonReminderScan scan;

    @Test
    void aNoticeLoadedAtTheDeskStretchesTheDueWindowOfTheLiaisonReminders() {
        LocalDate friday = LocalDate.of(2031, 2, 28);
        assertEquals(LocalDate.of(2031, 3, 4), scan.scanOn(friday).dueUntil(), "2031 has no notice yet: weekends only");

        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = "calendar";
        event.aggregateId = "calendar-2031";
        event.type = LoadedCalendar.YEAR_LOADED;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = """
                {"year":2031,"revision":%d,"loadedBy":"park-admin","loadedAt":"2026-12-04T08:00:00Z",
                 "days":[{"date":"2031-03-03","type":"HOLIDAY","name":"测试假日"},
                         {"date":"2031-03-04","type":"HOLIDAY","name":"测试假日"}]}""".formatted(System.currentTimeMillis());
        TopicWriter.send(cloudEvents.toRecord("approval.events", event));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(LocalDate.of(2031, 3, 6), scan.scanOn(friday).dueUntil()));
    }
}
