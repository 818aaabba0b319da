package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The raw material of bad requests: invalid bodies of a schema (always breaking at least one
 * stated constraint), byte-level damage (invalid UTF-8, truncation, deep nesting) and the
 * hostile strings that go into fields, paths, query parameters and headers.
 */
final class Payloads {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "1; DROP TABLE enterprise;--", "\"; select pg_sleep(0);--", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1/x}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "line\r\nX-Injected: 1",
            "\u0000", "nul\u0000inside", "\uFEFF\u202E反转", "%00%0d%0a", "$where: '1'", "@class", "' UNION SELECT null--",
            "\\u0000", "😀".repeat(50), "\uD800", "ＡＢＣ全角", "=cmd|' /C calc'!A0");
    /** Invalid UTF-8: a lone continuation, a truncated sequence, an overlong slash, a CESU surrogate, 0xFF. */
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final String MARK = "@@FUZZ_BAD_BYTES@@";

    private Payloads() {
    }

    /** The schema's example with one sure violation of {@code kind} (any kind when null or not available). */
    static ObjectNode invalidBody(JsonNode schema, Kind kind, Random random) {
        ObjectNode body = Schemas.example(schema, 0) instanceof ObjectNode object ? object : NODES.objectNode();
        List<Schemas.Violation> all = Schemas.violations(schema);
        List<Schemas.Violation> ofKind = all.stream().filter(v -> v.kind() == kind).toList();
        List<Schemas.Violation> pool = ofKind.isEmpty() ? all : ofKind;
        if (pool.isEmpty()) {
            body.set("__fuzz__", NODES.objectNode());
            return body;
        }
        Schemas.RANDOM_HOLDER.set(random);
        pool.get(random.nextInt(pool.size())).applyTo(body);
        if (random.nextInt(4) == 0 && !all.isEmpty()) {
            all.get(random.nextInt(all.size())).applyTo(body);
        }
        return body;
    }

    /** Whether {@code kind} can be produced for this schema as a violation of its own. */
    static boolean offers(JsonNode schema, Kind kind) {
        return Schemas.violations(schema).stream().anyMatch(v -> v.kind() == kind);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code body} with invalid UTF-8 bytes inside one of its string values (or as a new field's value). */
    static byte[] withInvalidUtf8(ObjectNode body, Random random) {
        List<String> strings = new ArrayList<>();
        body.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                strings.add(f.getKey());
            }
        });
        String field = strings.isEmpty() ? "name" : strings.get(random.nextInt(strings.size()));
        body.put(field, "前" + MARK + "后");
        byte[] json = bytes(body);
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf(MARK);
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] suffix = text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
        out.writeBytes(suffix);
        return out.toByteArray();
    }

    /** Text that is not JSON: truncated, with trailing garbage, comments, single quotes, NaN, raw control characters. */
    static byte[] malformed(byte[] valid, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        String broken = switch (random.nextInt(7)) {
            case 0 -> text.substring(0, Math.max(1, random.nextInt(Math.max(1, text.length() - 1))));
            case 1 -> text + "}}]";
            case 2 -> "/* c */" + text;
            case 3 -> text.contains("\"") ? text.replace('"', '\'') : "{'a':1}";
            case 4 -> "{\"n\": NaN, \"x\": " + text;
            case 5 -> text.length() > 2 ? text.substring(0, text.length() - 1) + ",\"t\":\"a\u0001\tb\n\"" + "}" : "{\u0001}";
            default -> "{\"a\":1,,}";
        };
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    /** Arrays nested {@code depth} deep, as the value of a new field. */
    static byte[] deeplyNested(ObjectNode body, int depth, boolean objects) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        String json = new String(bytes(body), StandardCharsets.UTF_8);
        return ("{\"deep\":" + nested + "," + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    static ArrayNode hugeArray(int size, Random random) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(random.nextBoolean() ? NODES.numberNode(i) : NODES.textNode("元素" + i));
        }
        return array;
    }

    static String hugeString(int length, Random random) {
        String unit = List.of("a", "长", "😀", "\\", "'").get(random.nextInt(5));
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** Unknown fields, some named after mass-assignment and type-confusion attacks. */
    static void addExtraFields(ObjectNode body, Random random) {
        List<String> names = List.of("id", "version", "createdAt", "status", "@class", "__proto__", "constructor",
                "$where", "uscc_override", "tenant", "admin", "x" + random.nextInt(1000));
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            body.set(name, switch (random.nextInt(4)) {
                case 0 -> NODES.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
                case 1 -> NODES.numberNode(-random.nextInt(1_000_000));
                case 2 -> NODES.objectNode().put("java.lang.Runtime", "exec");
                default -> NODES.arrayNode().add("java.util.HashMap").add(NODES.objectNode());
            });
        }
    }
}
