package io.parksuite.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Restates an OpenAPI 3.1 document in the OpenAPI 3.0 terms that openapi-diff compares: a type
 * list with {@code "null"} becomes a type with {@code nullable: true}, numeric exclusive bounds
 * become a bound with a boolean flag, {@code const} becomes a one-value enum, schema
 * {@code examples} lists are dropped. openapi-diff reads 3.1 documents but keeps their types in a
 * field it does not compare, so without this view a narrowed type passes unseen.
 */
final class OpenApi30View {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApi30View() {
    }

    static String of(String document) {
        try {
            JsonNode root = YAML.readTree(document);
            if (root instanceof ObjectNode object && object.path("openapi").asText().startsWith("3.1")) {
                object.put("openapi", "3.0.3");
                object.remove("jsonSchemaDialect");
                object.remove("webhooks");
                restate(object);
            }
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restate(JsonNode node) {
        if (node instanceof ObjectNode object) {
            restateSchemaKeywords(object);
            object.elements().forEachRemaining(OpenApi30View::restate);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(OpenApi30View::restate);
        }
    }

    private static void restateSchemaKeywords(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(each -> named.add(each.asText()));
            boolean nullable = named.remove("null");
            if (named.size() == 1) {
                node.put("type", named.get(0));
            } else {
                node.remove("type");
                ArrayNode anyOf = node.putArray("anyOf");
                named.forEach(each -> anyOf.addObject().put("type", each));
            }
            if (nullable) {
                node.put("nullable", true);
            }
        }
        for (Map.Entry<String, String> bound : Map.of("exclusiveMinimum", "minimum",
                "exclusiveMaximum", "maximum").entrySet()) {
            JsonNode value = node.get(bound.getKey());
            if (value != null && value.isNumber()) {
                node.set(bound.getValue(), value);
                node.put(bound.getKey(), true);
            }
        }
        if (node.has("const") && !node.has("enum")) {
            node.putArray("enum").add(node.remove("const"));
        }
        if (node.get("examples") instanceof ArrayNode && (node.has("type") || node.has("$ref")
                || node.has("properties") || node.has("enum") || node.has("format"))) {
            node.remove("examples");
        }
    }
}
