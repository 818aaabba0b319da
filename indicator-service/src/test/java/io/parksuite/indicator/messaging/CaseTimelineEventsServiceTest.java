package io.parksuite.indicator.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parksuite.indicator.CaseTimelineEvents;
import io.parksuite.indicator.CaseTimelineEvents.Case;
import io.parksuite.platform.events.CloudEventRecords;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.outbox.OutboxEvent;
import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import static io.parksuite.indicator.ReleasedDashboard.dashboard;
import static io.parksuite.indicator.ReleasedDashboard.field;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An imported historical case has no event but its case-timeline, so the desk KPIs take the timeline like the
 * conclusion it accompanies; a live case's timeline, redelivered or arriving before the live events, counts once.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class CaseTimelineEventsServiceTest {

    private static final String PERIOD = "2013-05";
    private static final OffsetDateTime MONTH_START = OffsetDateTime.parse("2013-05-01T00:00:00+08:00");
    private static final OffsetDateTime YEAR_START = OffsetDateTime.parse("2013-01-01T00:00:00+08:00");
    private static final OffsetDateTime MONTH_END = OffsetDateTime.parse("2013-06-01T00:00:00+08:00");

    @Inject
    CloudEventRecords cloudEvents;

    @Inject
    EventSchemas schemas;

    @Inject
    EntityManager entityManager;

    private final List<UUID> sent = new ArrayList<>();

    private static Case concluded(String ref, String channel, String status, int visits, String submitted,
                                  String concluded, int limit, Integer statutory, int used, boolean onTime,
                                  long version) {
        OffsetDateTime submittedAt = OffsetDateTime.parse(submitted + "T09:00:00+08:00");
        return new Case(UUID.randomUUID(), ref, channel, status, visits, submittedAt, submittedAt.plusHours(2),
                OffsetDateTime.parse(concluded + "T16:00:00+08:00"), onTime ? "approved" : "denied", limit, statutory,
                LocalDate.parse(submitted).plusDays(limit + 2L), used, onTime, version);
    }

    private static Case submitted(Case c, long version) {
        return new Case(c.applicationId(), c.referenceNumber(), c.channel(), "SUBMITTED", 0, c.submittedAt(), null,
                null, null, c.promisedLimitDays(), c.statutoryLimitDays(), null, null, null, version);
    }

    private UUID send(UUID eventId, Case c, String type, ObjectNode payload) {
        assertEquals(List.of(), schemas.violations(type, payload), type + " as approval-service publishes it");
        OutboxEvent event = CaseTimelineEvents.event(eventId, c, type, payload);
        TopicWriter.send(cloudEvents.toRecord("approval.events", event));
        sent.add(eventId);
        return eventId;
    }

    private UUID timeline(Case c) {
        return send(UUID.randomUUID(), c, CaseTimelineEvents.TYPE, CaseTimelineEvents.payload(c));
    }

    private void live(String type, Case c) {
        ObjectNode payload = CaseTimelineEvents.snapshot(c);
        if (type.endsWith(".deadline-breached.v1")) {
            payload.put("clock", "PROMISED");
            payload.put("deadline", c.submittedAt().toLocalDate().plusDays(7).toString());
            payload.put("workingDaysOverdue", 1);
        }
        send(UUID.randomUUID(), c, type, payload);
    }

    private void awaitProcessed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().allMatch(id -> processed(id) == 1));
    }

    private long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId.toString()).getSingleResult()).longValue());
    }

    private long copies(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from application_copy where application_id = ?1")
                .setParameter(1, applicationId.toString()).getSingleResult()).longValue());
    }

    @Test
    void historicalCasesCountByTheirTimelinesOnceBesideLiveOnesWhateverTheOrder() {
        Case h1 = concluded("H1", "ONLINE", "ARCHIVED", 0, "2013-05-06", "2013-05-10", 5, 20, 4, true, 1);
        Case h2 = concluded("H2", "COUNTER", "ARCHIVED", 2, "2013-05-07", "2013-05-24", 5, null, 12, false, 1);
        Case h3 = concluded("H3", "ONLINE", "ARCHIVED", 1, "2013-05-13", "2013-05-17", 10, 15, 4, true, 1);
        Case h4 = concluded("H4", "ONLINE", "ARCHIVED", 0, "2013-04-25", "2013-05-03", 3, null, 4, false, 1);
        Case h5 = concluded("H5", "COUNTER", "ARCHIVED", 1, "2013-05-28", "2013-06-04", 5, null, 4, true, 1);
        Case liveFirst = concluded("L1", "ONLINE", "APPROVED", 1, "2013-05-14", "2013-05-21", 5, 20, 5, true, 4);
        Case timelineFirst = concluded("L2", "ONLINE", "APPROVED", 1, "2013-05-15", "2013-05-29", 5, null, 7, false, 4);
        Case beforeTheDeskFields = concluded("L3", "ONLINE", "ARCHIVED", 0, "2013-05-16", "2013-05-20", 5, 20, 2, true, 1);
        List<Case> counted = List.of(h1, h2, h3, h4, h5, liveFirst, timelineFirst);

        UUID first = timeline(h1);
        send(first, h1, CaseTimelineEvents.TYPE, CaseTimelineEvents.payload(h1));
        List.of(h2, h3, h4, h5).forEach(this::timeline);
        timeline(h2);

        live("parksuite.approval.application-submitted.v1", submitted(liveFirst, 1));
        live("parksuite.approval.application-concluded.v1", liveFirst);
        timeline(liveFirst);

        timeline(timelineFirst);
        live("parksuite.approval.application-submitted.v1", submitted(timelineFirst, 1));
        live("parksuite.approval.deadline-breached.v1", submitted(timelineFirst, 3));
        live("parksuite.approval.application-concluded.v1", timelineFirst);

        send(UUID.randomUUID(), beforeTheDeskFields, CaseTimelineEvents.TYPE,
                CaseTimelineEvents.withoutDeskFields(beforeTheDeskFields));
        awaitProcessed();

        assertEquals(1, processed(first), "a redelivered event is processed once");
        assertEquals(0, copies(beforeTheDeskFields.applicationId()), "a timeline without the desk fields copies nothing");
        JsonPath may = dashboard(PERIOD);
        assertFigure(share(counted, Case::submittedAt, c -> c.channel().equals("ONLINE"), MONTH_START),
                field(may, "ONLINE_RATE", "value"));
        assertFigure(share(counted, Case::submittedAt, c -> c.channel().equals("ONLINE"), YEAR_START),
                field(may, "ONLINE_RATE", "ytdValue"));
        assertFigure(share(counted, Case::concludedAt, c -> c.visits() <= 1, MONTH_START),
                field(may, "ONE_VISIT_RATE", "value"));
        assertFigure(average(counted, Case::workingDaysUsed, c -> true), field(may, "AVERAGE_WORKING_DAYS", "value"));
        assertFigure(average(counted, Case::promisedLimitDays, c -> true), field(may, "AVERAGE_WORKING_DAYS", "target"));
        assertFigure(average(counted, Case::workingDaysUsed, c -> c.statutoryLimitDays() != null),
                field(may, "AVERAGE_WORKING_DAYS_STATUTORY", "value"));
        assertFigure(BigDecimal.valueOf(counted.stream().filter(c -> inMonth(c.concludedAt(), MONTH_START))
                .filter(c -> !c.onTime()).count()), field(may, "OVERDUE_APPLICATIONS", "value"));

        assertFigure(new BigDecimal("66.7"), field(may, "ONLINE_RATE", "value"), "4 of the 6 submitted in May online");
        assertFigure(new BigDecimal("83.3"), field(may, "ONE_VISIT_RATE", "value"), "5 of the 6 concluded in May");
        assertFigure(new BigDecimal("6.0"), field(may, "AVERAGE_WORKING_DAYS", "value"), "36 working days over 6");
        assertFigure(new BigDecimal("3"), field(may, "OVERDUE_APPLICATIONS", "value"), "H2, H4 and L2");
    }

    private static void assertFigure(BigDecimal expected, BigDecimal actual) {
        assertFigure(expected, actual, "");
    }

    private static void assertFigure(BigDecimal expected, BigDecimal actual, String why) {
        assertEquals(expected.stripTrailingZeros(), actual == null ? null : actual.stripTrailingZeros(), why);
    }

    private static boolean inMonth(OffsetDateTime at, OffsetDateTime from) {
        return at != null && !at.isBefore(from) && at.isBefore(MONTH_END);
    }

    private static BigDecimal share(List<Case> cases, Function<Case, OffsetDateTime> at,
                                    Predicate<Case> condition, OffsetDateTime from) {
        List<Case> window = cases.stream().filter(c -> inMonth(at.apply(c), from)).toList();
        long meeting = window.stream().filter(condition).count();
        return BigDecimal.valueOf(meeting * 100).divide(BigDecimal.valueOf(window.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<Case> cases, ToIntFunction<Case> value, Predicate<Case> condition) {
        List<Case> window = cases.stream().filter(c -> inMonth(c.concludedAt(), MONTH_START)).filter(condition).toList();
        int sum = window.stream().mapToInt(value).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(window.size()), 1, RoundingMode.HALF_UP);
    }

}
