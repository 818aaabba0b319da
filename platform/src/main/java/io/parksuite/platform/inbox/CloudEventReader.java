package io.parksuite.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.events.TopicOwners;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Reads a Kafka record as a CloudEvent (binary mode) for a consumer: a record that is not one, comes
 * from anyone but its topic's owner, or breaks its type's schema is poison (dead-lettered, never
 * retried); an event of the catalogue that the consumer does not handle is recognised, to be skipped.
 */
@ApplicationScoped
public class CloudEventReader {

    private final EventSchemas schemas;
    private final ObjectMapper objectMapper;

    public CloudEventReader(EventSchemas schemas, ObjectMapper objectMapper) {
        this.schemas = schemas;
        this.objectMapper = objectMapper;
    }

    /** An event of the suite's catalogue that is not among {@code acceptedTypes}. */
    boolean isOtherKnownType(ConsumerRecord<String, String> record, Set<String> acceptedTypes) {
        String type = header(record, "ce_type");
        return type != null && !acceptedTypes.contains(type) && schemas.knows(type);
    }

    IncomingEvent read(ConsumerRecord<String, String> record, Set<String> acceptedTypes) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (!"1.0".equals(header(record, "ce_specversion")) || id == null || type == null) {
            throw new PoisonEventException("Not a CloudEvents 1.0 binary-mode record (ce_specversion, ce_id, ce_type required)");
        }
        if (!acceptedTypes.contains(type) || !schemas.knows(type)) {
            throw new PoisonEventException("Unknown event type " + type);
        }
        String source = header(record, "ce_source");
        String owner = TopicOwners.sourceOf(record.topic());
        if (!owner.equals(source)) {
            throw new PoisonEventException("Not from the topic's owner: ce_source " + source + " on " + record.topic()
                    + ", which only " + owner + " publishes to");
        }
        JsonNode data;
        try {
            data = objectMapper.readTree(record.value() == null ? "" : record.value());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Payload is not JSON: " + e.getOriginalMessage());
        }
        if (data == null || data.isMissingNode()) {
            throw new PoisonEventException("Payload is empty");
        }
        List<String> violations = schemas.violations(type, data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("Payload fails the schema of " + type + ": " + String.join("; ", violations));
        }
        return new IncomingEvent(id, type, source, header(record, "ce_subject"),
                time(header(record, "ce_time")), data);
    }

    private static OffsetDateTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp: " + value);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
