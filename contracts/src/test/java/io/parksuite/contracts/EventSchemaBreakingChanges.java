package io.parksuite.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lists the changes between a released event JSON Schema and the current schema of the same type
 * that break a consumer: a property removed or no longer always sent, an enum value removed, a
 * type narrowed, a property newly required, or any new or tighter constraint that rejects an event
 * the released schema accepted. A breaking change to an event is shipped as a new type
 * ({@code .v2}), which has no released schema and so passes.
 *
 * <p>openapi-diff compares operations, not free-standing schemas, and reads JSON Schema 2020-12
 * only partly; this comparison covers the keywords the event schemas use and reports any other
 * structural keyword that changed, so nothing it does not understand passes silently.
 */
final class EventSchemaBreakingChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maxItems", "maxProperties",
            "maximum", "exclusiveMaximum");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minItems", "minProperties",
            "minimum", "exclusiveMinimum");
    private static final List<String> EXACT_KEYWORDS = List.of("const", "format", "pattern", "multipleOf",
            "$ref", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentRequired",
            "dependentSchemas", "patternProperties", "propertyNames", "prefixItems", "contains",
            "unevaluatedProperties", "uniqueItems");

    private EventSchemaBreakingChanges() {
    }

    static List<String> between(String released, String current) {
        try {
            List<String> breaking = new ArrayList<>();
            compare("", JSON.readTree(released), JSON.readTree(current), breaking);
            return breaking;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String at, JsonNode released, JsonNode current, List<String> breaking) {
        String where = at.isEmpty() ? "(root)" : at;
        types(where, released.get("type"), current.get("type"), breaking);
        enumValues(where, released.get("enum"), current.get("enum"), breaking);
        required(where, released.path("required"), current.path("required"), breaking);
        for (String keyword : UPPER_BOUNDS) {
            bound(where, keyword, released.get(keyword), current.get(keyword), -1, breaking);
        }
        for (String keyword : LOWER_BOUNDS) {
            bound(where, keyword, released.get(keyword), current.get(keyword), 1, breaking);
        }
        for (String keyword : EXACT_KEYWORDS) {
            if (current.has(keyword) && !current.get(keyword).equals(released.get(keyword))) {
                breaking.add(where + ": " + keyword + (released.has(keyword) ? " changed" : " added"));
            }
        }
        if (current.path("additionalProperties").isBoolean() && !current.get("additionalProperties").asBoolean()
                && !(released.path("additionalProperties").isBoolean()
                        && !released.get("additionalProperties").asBoolean())) {
            breaking.add(where + ": additionalProperties closed");
        }
        JsonNode releasedProperties = released.path("properties");
        JsonNode currentProperties = current.path("properties");
        releasedProperties.fieldNames().forEachRemaining(name -> {
            if (currentProperties.has(name)) {
                compare(at + "/" + name, releasedProperties.get(name), currentProperties.get(name), breaking);
            } else {
                breaking.add(where + ": property " + name + " removed");
            }
        });
        if (released.has("items") && current.has("items")) {
            compare(at + "/items", released.get("items"), current.get("items"), breaking);
        } else if (current.has("items")) {
            breaking.add(where + ": items schema added");
        }
    }

    private static void types(String where, JsonNode released, JsonNode current, List<String> breaking) {
        if (current == null) {
            return;
        }
        Set<String> allowed = names(current);
        Set<String> lost = names(released);
        lost.removeIf(type -> allowed.contains(type) || type.equals("integer") && allowed.contains("number"));
        if (released == null) {
            breaking.add(where + ": type " + allowed + " added");
        } else if (!lost.isEmpty()) {
            breaking.add(where + ": type narrowed from " + names(released) + " to " + allowed);
        }
    }

    private static void enumValues(String where, JsonNode released, JsonNode current, List<String> breaking) {
        if (current == null) {
            return;
        }
        if (released == null) {
            breaking.add(where + ": enum added");
            return;
        }
        List<String> removed = new ArrayList<>();
        released.forEach(value -> {
            if (!contains(current, value)) {
                removed.add(value.asText());
            }
        });
        if (!removed.isEmpty()) {
            breaking.add(where + ": enum values removed " + removed);
        }
    }

    private static void required(String where, JsonNode released, JsonNode current, List<String> breaking) {
        Set<String> releasedNames = names(released);
        Set<String> currentNames = names(current);
        Set<String> added = new LinkedHashSet<>(currentNames);
        added.removeAll(releasedNames);
        Set<String> dropped = new LinkedHashSet<>(releasedNames);
        dropped.removeAll(currentNames);
        if (!added.isEmpty()) {
            breaking.add(where + ": newly required " + added);
        }
        if (!dropped.isEmpty()) {
            breaking.add(where + ": no longer always sent " + dropped);
        }
    }

    /** {@code tighter} is -1 for an upper bound (smaller is tighter), 1 for a lower bound. */
    private static void bound(String where, String keyword, JsonNode released, JsonNode current, int tighter,
            List<String> breaking) {
        if (current == null || !current.isNumber()) {
            return;
        }
        if (released == null || !released.isNumber()) {
            breaking.add(where + ": " + keyword + " " + current + " added");
        } else if (new BigDecimal(current.asText()).compareTo(new BigDecimal(released.asText())) == tighter) {
            breaking.add(where + ": " + keyword + " tightened from " + released + " to " + current);
        }
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode each : array) {
            if (each.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        if (node == null || node.isMissingNode()) {
            return names;
        }
        if (node.isArray()) {
            node.forEach(each -> names.add(each.asText()));
        } else {
            names.add(node.asText());
        }
        return names;
    }
}
