package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.http.UuidParameters;
import io.parksuite.platform.inbox.PoisonEventException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the fields of the approval desk's follow-up and case-timeline events the way a tolerant
 * reader does: absent and null are the same, unknown fields are ignored, and a present field that
 * is not what the contract says makes the event poison ({@link PoisonEventException}), dead-lettered
 * rather than half applied.
 */
final class EventFields {

    private EventFields() {
    }

    static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String required(JsonNode data, String field, String what) {
        String value = text(data, field);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException(what + " without " + field);
        }
        return value;
    }

    static UUID uuid(JsonNode data, String field) {
        return UuidParameters.parse(text(data, field)).orElse(null);
    }

    static UUID requiredUuid(JsonNode data, String field, String what) {
        UUID value = uuid(data, field);
        if (value == null) {
            throw new PoisonEventException(what + " without a valid " + field + ": " + text(data, field));
        }
        return value;
    }

    static long requiredLong(JsonNode data, String field, String what) {
        JsonNode value = data.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new PoisonEventException(what + " without an integer " + field);
        }
        return value.asLong();
    }

    static LocalDate date(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(field + " is not a date: " + value);
        }
    }

    static OffsetDateTime instant(JsonNode data, String field) {
        String value = text(data, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException(field + " is not an RFC 3339 instant: " + value);
        }
    }

    static <E extends Enum<E>> E constant(JsonNode data, String field, Class<E> type, String what) {
        String value = required(data, field, what);
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(what + " with an unknown " + field + ": " + value);
        }
    }
}
