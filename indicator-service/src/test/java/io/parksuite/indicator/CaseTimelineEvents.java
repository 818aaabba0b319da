package io.parksuite.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parksuite.platform.outbox.OutboxEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Case-timeline events as approval-service publishes them (contracts' case-timeline.v1 with the desk fields of
 * its conclusion), so that desk-KPI tests feed the consumer what an imported historical case sends.
 */
public final class CaseTimelineEvents {

    public static final String TYPE = "parksuite.approval.case-timeline.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final List<String> DESK_FIELDS = List.of("channel", "status", "visits", "acceptedAt",
            "promisedLimitDays", "statutoryLimitDays", "promisedDeadline", "workingDaysUsed", "onTime");

    private CaseTimelineEvents() {
    }

    /** A concluded case as approval-service stores it. */
    public record Case(UUID applicationId, String referenceNumber, String channel, String status, int visits,
                       OffsetDateTime submittedAt, OffsetDateTime acceptedAt, OffsetDateTime concludedAt,
                       String result, Integer promisedLimitDays, Integer statutoryLimitDays,
                       LocalDate promisedDeadline, Integer workingDaysUsed, Boolean onTime, long version) {
    }

    public static ObjectNode payload(Case c) {
        ObjectNode p = JSON.createObjectNode();
        p.put("applicationId", c.applicationId().toString());
        p.put("referenceNumber", c.referenceNumber());
        p.putNull("bundleCode");
        p.put("itemCode", "T-001");
        p.putNull("projectId");
        p.putNull("applicantUscc");
        p.putNull("officer");
        p.put("createdAt", time(c.submittedAt()));
        p.put("submittedAt", time(c.submittedAt()));
        p.put("concludedAt", time(c.concludedAt()));
        p.put("result", c.result());
        p.putArray("intervals");
        p.put("channel", c.channel());
        p.put("status", c.status());
        p.put("visits", c.visits());
        p.put("acceptedAt", time(c.acceptedAt()));
        p.put("promisedLimitDays", c.promisedLimitDays());
        p.put("statutoryLimitDays", c.statutoryLimitDays());
        p.put("promisedDeadline", c.promisedDeadline() == null ? null : c.promisedDeadline().toString());
        p.put("workingDaysUsed", c.workingDaysUsed());
        p.put("onTime", c.onTime());
        p.put("aggregateVersion", c.version());
        return p;
    }

    /** The payload an approval-service without the desk fields published. */
    public static ObjectNode withoutDeskFields(Case c) {
        ObjectNode p = payload(c);
        p.remove(DESK_FIELDS);
        return p;
    }

    /** The application snapshot a live event of the case carries at the same version. */
    public static ObjectNode snapshot(Case c) {
        ObjectNode p = payload(c);
        p.remove(List.of("officer", "createdAt", "intervals"));
        p.put("applicantName", "申请人");
        p.put("updatedAt", time(c.concludedAt() != null ? c.concludedAt() : c.submittedAt()));
        return p;
    }

    public static OutboxEvent event(UUID id, Case c, String type, ObjectNode payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.aggregateType = "application";
        event.aggregateId = c.applicationId().toString();
        event.type = type;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = payload.toString();
        return event;
    }

    public static String time(OffsetDateTime at) {
        return at == null ? null : RFC_3339.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
