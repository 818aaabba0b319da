package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a schema allows and how to break it: a plausible body (the document's example, else one
 * built from the properties) and every constraint the document states that a value can violate
 * for sure (required, type, maxLength, pattern, minimum/maximum, enum, format), down nested objects.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NON_MATCHING = List.of("!!!", " ", "\t", "@@@@", "'; drop table x;--", "<script>", "\u3000");

    /** A constraint a field can break: {@code value} gives the bad value, or null to leave the field out. */
    record Violation(Kind kind, List<String> parents, String field, Function<Random, JsonNode> value) {

        void applyTo(ObjectNode body) {
            ObjectNode target = body;
            for (String parent : parents) {
                target = target.get(parent) instanceof ObjectNode child ? child : target.putObject(parent);
            }
            if (value == null) {
                target.remove(field);
            } else {
                target.set(field, value.apply(RANDOM_HOLDER.get()));
            }
        }
    }

    /** The Random of the case being built (violations are applied while building one case). */
    static final ThreadLocal<Random> RANDOM_HOLDER = ThreadLocal.withInitial(Random::new);

    private Schemas() {
    }

    /** The document's example of {@code schema}, else a body built from its properties' examples and types. */
    static JsonNode example(JsonNode schema, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).deepCopy();
        }
        return switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new BigDecimal("1.5"));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (schema.path("format").asText("")) {
                case "date" -> "2025-06-30";
                case "date-time" -> "2025-06-30T08:00:00Z";
                case "uuid" -> "3f0c2a4e-8b1d-4c6e-9a57-1f2e3d4c5b6a";
                default -> "样例";
            });
        };
    }

    /** Every sure violation of an object schema's fields, nested objects included. */
    static List<Violation> violations(JsonNode schema) {
        List<Violation> violations = new ArrayList<>();
        collect(schema, List.of(), violations, 0);
        return violations;
    }

    private static void collect(JsonNode schema, List<String> parents, List<Violation> out, int depth) {
        for (JsonNode required : schema.path("required")) {
            out.add(new Violation(Kind.MISSING_REQUIRED, parents, required.asText(), null));
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode field = property.getValue();
            if (field.path("readOnly").asBoolean(false)) {
                return;
            }
            out.add(new Violation(Kind.WRONG_TYPE, parents, name, random -> wrongType(field, random)));
            if (field.has("maxLength")) {
                int max = field.get("maxLength").asInt();
                out.add(new Violation(Kind.MAX_LENGTH, parents, name,
                        random -> NODES.textNode("长".repeat(max + 1 + random.nextInt(64)))));
            }
            if (field.has("pattern")) {
                Pattern pattern = Pattern.compile(field.get("pattern").asText());
                NON_MATCHING.stream().filter(v -> !pattern.matcher(v).find()).findFirst().ifPresent(bad ->
                        out.add(new Violation(Kind.PATTERN, parents, name, random -> NODES.textNode(bad))));
            }
            if (field.has("minimum")) {
                BigDecimal min = field.get("minimum").decimalValue();
                out.add(new Violation(Kind.RANGE, parents, name,
                        random -> NODES.numberNode(min.subtract(BigDecimal.valueOf(1 + random.nextInt(1_000_000))))));
            }
            if (field.has("maximum")) {
                BigDecimal max = field.get("maximum").decimalValue();
                out.add(new Violation(Kind.RANGE, parents, name,
                        random -> NODES.numberNode(max.multiply(BigDecimal.TEN).add(BigDecimal.ONE))));
            }
            if ("integer".equals(field.path("type").asText())) {
                out.add(new Violation(Kind.RANGE, parents, name, random -> NODES.numberNode(
                        BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(2 + random.nextInt(1000))).negate()
                                .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)))));
            }
            if (field.path("enum").isArray()) {
                out.add(new Violation(Kind.ENUM, parents, name, random -> NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000))));
            }
            String format = field.path("format").asText("");
            if (List.of("date", "date-time", "uuid").contains(format)) {
                List<String> bad = List.of("2025-02-30", "2025-13-01", "31/12/2025", "yesterday", "2025-06-30T25:61:00Z", "not-a-uuid");
                out.add(new Violation(Kind.FORMAT, parents, name, random -> NODES.textNode(bad.get(random.nextInt(bad.size())))));
            }
            if (field.has("properties") && depth < 3) {
                List<String> path = new ArrayList<>(parents);
                path.add(name);
                collect(field, path, out, depth + 1);
            }
        });
    }

    /** A value of a JSON type the field cannot take, for sure (no scalar coercion applies). */
    static JsonNode wrongType(JsonNode field, Random random) {
        String type = field.path("type").asText(field.has("properties") ? "object" : "string");
        ArrayNode pair = NODES.arrayNode().add(1).add("a");
        return switch (type) {
            case "object" -> random.nextBoolean() ? pair : NODES.booleanNode(true);
            case "array" -> random.nextBoolean() ? NODES.objectNode().put("a", 1) : NODES.textNode("不是数组");
            case "integer", "number" -> random.nextBoolean() ? NODES.objectNode() : NODES.textNode("十二 twelve");
            case "boolean" -> random.nextBoolean() ? NODES.objectNode() : NODES.textNode("maybe");
            default -> random.nextBoolean() ? NODES.objectNode().put("a", 1) : pair;
        };
    }
}
