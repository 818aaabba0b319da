package io.parksuite.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A received CloudEvent, its attributes read from the Kafka headers and its JSON data parsed
 * and checked against the event type's schema in {@code contracts/}.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            JsonNode data) {

    public long aggregateVersion() {
        JsonNode version = data.get("aggregateVersion");
        return version == null ? -1 : version.asLong();
    }
}
