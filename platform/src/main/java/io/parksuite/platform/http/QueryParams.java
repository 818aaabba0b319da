package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses typed query and path parameters so that a bad value is a 422 naming the parameter (JAX-RS
 * itself answers an unconvertible parameter with a bare 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer optionalInt(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a whole number");
        }
    }

    /** A true/false flag; absent or blank is {@code absent}. */
    public static boolean flag(String name, String value, boolean absent) {
        Boolean parsed = optionalBoolean(name, value);
        return parsed == null ? absent : parsed;
    }

    /** true or false (any case); absent or blank is null, anything else refused. */
    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }

    public static OffsetDateTime optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO-8601 instant with offset, e.g. 2026-11-27T08:00:00Z");
        }
    }

    /** A required UUID, e.g. a path parameter. */
    public static UUID uuid(String name, String value) {
        UUID parsed = optionalUuid(name, value);
        if (parsed == null) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
        return parsed;
    }

    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
