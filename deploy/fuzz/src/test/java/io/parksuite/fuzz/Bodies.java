package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The body of one bad request, by kind: every body it returns breaks at least one constraint the
 * operation's document states (or is not JSON / not UTF-8 / not a well-formed upload at all), so
 * that no case can be a valid request in disguise.
 */
final class Bodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Bodies() {
    }

    static byte[] invalid(Operation op, Kind kind, Random random) {
        if (op.mediaTypes().contains("multipart/form-data")) {
            return upload(random);
        }
        if (!op.hasJsonBody()) {
            return ("not,a,calendar\n2025-02-30,holiday,\u0000\n" + Payloads.INJECTIONS.get(random.nextInt(Payloads.INJECTIONS.size())))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!op.hasObjectBody()) {
            return bulk(op, kind, random);
        }
        JsonNode schema = op.bodySchema();
        ObjectNode body = Payloads.invalidBody(schema, kind, random);
        return switch (kind) {
            case TOP_LEVEL_TYPE -> Payloads.bytes(List.<JsonNode>of(NODES.arrayNode(), NODES.textNode("正文"), NODES.numberNode(42),
                    NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode().add(Schemas.example(schema, 0))).get(random.nextInt(6)));
            case MALFORMED_JSON -> Payloads.malformed(Payloads.bytes(body), random);
            case EMPTY_BODY -> random.nextBoolean() ? new byte[0] : " \n ".getBytes(StandardCharsets.UTF_8);
            case INVALID_UTF8 -> Payloads.withInvalidUtf8(body, random);
            case HUGE_STRING -> {
                body.put(untouched(schema, body, random, "note"), Payloads.hugeString(100_000 + random.nextInt(300_000), random));
                yield Payloads.bytes(body);
            }
            case HUGE_ARRAY -> {
                body.set(untouched(schema, body, random, "items"), Payloads.hugeArray(10_000 + random.nextInt(40_000), random));
                yield Payloads.bytes(body);
            }
            case DEEP_NESTING -> Payloads.deeplyNested(body, 1_500 + random.nextInt(20_000), random.nextBoolean());
            case INJECTION -> {
                JsonNode example = Schemas.example(schema, 0);
                schema.path("properties").fieldNames().forEachRemaining(name -> {
                    if (random.nextInt(3) == 0 && body.path(name).isTextual() && body.get(name).equals(example.get(name))) {
                        body.put(name, Payloads.INJECTIONS.get(random.nextInt(Payloads.INJECTIONS.size())));
                    }
                });
                yield Payloads.bytes(body);
            }
            case EXTRA_FIELDS_ON_INVALID -> {
                Payloads.addExtraFields(body, random);
                yield Payloads.bytes(body);
            }
            case OVERSIZED_BODY -> {
                body.put("padding", "x".repeat(1_100_000 + random.nextInt(200_000)));
                yield Payloads.bytes(body);
            }
            default -> Payloads.bytes(body);
        };
    }

    /**
     * A bulk upload that cannot be imported: rows that each break a stated constraint of the row
     * schema (all-or-nothing by default), or not an array of rows at all.
     */
    private static byte[] bulk(Operation op, Kind kind, Random random) {
        JsonNode item = op.itemSchema();
        return switch (kind) {
            case MALFORMED_JSON -> Payloads.malformed("[{\"a\":1},{\"b\":2}]".getBytes(StandardCharsets.UTF_8), random);
            case EMPTY_BODY -> new byte[0];
            case BAD_BULK -> switch (random.nextInt(item == null ? 4 : 7)) {
                case 0 -> Payloads.bytes(NODES.objectNode().put("rows", 1));
                case 1 -> Payloads.bytes(NODES.arrayNode().add(1).add("a").add(NODES.arrayNode()));
                case 2 -> "[[[[]]]]".getBytes(StandardCharsets.UTF_8);
                case 3 -> Payloads.withInvalidUtf8(NODES.objectNode().put("row", "x"), random);
                case 4 -> Payloads.bytes(rows(item, 1 + random.nextInt(3), random));
                case 5 -> Payloads.bytes(rows(item, 2_000 + random.nextInt(8_000), random));
                default -> {
                    ArrayNode rows = rows(item, 2, random);
                    rows.add(NODES.textNode("不是一行"));
                    yield Payloads.bytes(rows);
                }
            };
            default -> Payloads.bytes(item == null ? NODES.arrayNode().add(true).add(NODES.objectNode().put("x", "y"))
                    : rows(item, 1 + random.nextInt(3), random));
        };
    }

    private static ArrayNode rows(JsonNode item, int count, Random random) {
        ArrayNode rows = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            rows.add(Payloads.invalidBody(item, null, random));
        }
        return rows;
    }

    /** A multipart body that is broken: no file part, a wrong boundary, or cut short. */
    private static byte[] upload(Random random) {
        String body = switch (random.nextInt(4)) {
            case 0 -> "--fuzz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--fuzz--\r\n";
            case 1 -> "--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--other--\r\n";
            case 2 -> "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a.pdf\"\r\n\r\n%PDF";
            default -> "";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A field the violation left as in the example (so that filling it keeps the body invalid). */
    private static String untouched(JsonNode schema, ObjectNode body, Random random, String fallback) {
        JsonNode example = Schemas.example(schema, 0);
        List<String> names = new java.util.ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            if (body.has(name) && body.get(name).equals(example.get(name))) {
                names.add(name);
            }
        });
        return names.isEmpty() ? fallback : names.get(random.nextInt(names.size()));
    }
}
