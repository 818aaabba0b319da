package io.parksuite.fuzz;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestTokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * jqwik arbitraries of bad requests for one operation: the kinds that apply to it (by its body,
 * parameters and headers), weighted so that the expensive ones (huge, deep, oversized) stay rare,
 * each drawn with its own random source.
 */
final class BadInputs {

    private static final List<String> BAD_PATH_VALUES = List.of("-1", "0", "99999999999999999999999", "%27%20OR%201%3D1--",
            "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "%E4%B8%AD%E6%96%87%E2%80%AE", "%00", "%20", "null", "1e400",
            "x".repeat(3000), "x".repeat(20_000), "%F0%9F%98%80", "%C3%28");
    private static final List<String> WRONG_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz", "application/octet-stream", "image/png", "garbage////", "application/json-patch+json");

    private BadInputs() {
    }

    static Arbitrary<FuzzCase> of(Operation op) {
        List<Tuple.Tuple2<Integer, Kind>> kinds = new ArrayList<>();
        kinds.add(Tuple.of(op.hasBody() || !op.pathParams().isEmpty() ? 2 : 10, Kind.WRONG_METHOD));
        if (!op.pathParams().isEmpty()) {
            kinds.add(Tuple.of(4, Kind.BAD_PATH_PARAM));
        }
        if (op.hasBody() || !op.pathParams().isEmpty()) {
            kinds.add(Tuple.of(3, Kind.WRONG_CONTENT_TYPE));
        }
        if (op.hasObjectBody()) {
            for (Kind kind : List.of(Kind.MISSING_REQUIRED, Kind.WRONG_TYPE, Kind.MAX_LENGTH, Kind.PATTERN, Kind.RANGE, Kind.ENUM, Kind.FORMAT)) {
                if (Payloads.offers(op.bodySchema(), kind)) {
                    kinds.add(Tuple.of(6, kind));
                }
            }
            for (Kind kind : List.of(Kind.TOP_LEVEL_TYPE, Kind.INJECTION, Kind.EXTRA_FIELDS_ON_INVALID, Kind.INVALID_UTF8)) {
                kinds.add(Tuple.of(4, kind));
            }
            kinds.add(Tuple.of(1, Kind.HUGE_STRING));
            kinds.add(Tuple.of(1, Kind.HUGE_ARRAY));
            kinds.add(Tuple.of(1, Kind.DEEP_NESTING));
            kinds.add(Tuple.of(1, Kind.OVERSIZED_BODY));
        }
        if (op.hasJsonBody()) {
            kinds.add(Tuple.of(4, Kind.MALFORMED_JSON));
            kinds.add(Tuple.of(2, Kind.EMPTY_BODY));
        }
        if (op.hasJsonBody() && !op.hasObjectBody()) {
            kinds.add(Tuple.of(12, Kind.BAD_BULK));
        }
        if (op.mediaTypes().contains("multipart/form-data")) {
            kinds.add(Tuple.of(10, Kind.BAD_UPLOAD));
        }
        if (!op.headers().isEmpty() || !op.queryParams().isEmpty()) {
            kinds.add(Tuple.of(3, Kind.BAD_HEADER_OR_QUERY));
        }
        Arbitrary<Kind> kind = Arbitraries.frequency(kinds.toArray(Tuple.Tuple2[]::new));
        return Combinators.combine(kind, Arbitraries.randoms()).as((k, random) -> build(op, k, random));
    }

    private static FuzzCase build(Operation op, Kind kind, Random random) {
        String role = op.roles().get(random.nextInt(op.roles().size()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Tokens.of(role));
        if (op.headers().contains("Idempotency-Key") && random.nextBoolean()) {
            headers.put("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        }
        if (op.headers().contains("If-Match") && random.nextBoolean()) {
            headers.put("If-Match", "\"" + random.nextInt(5) + "\"");
        }
        String path = path(op, kind == Kind.BAD_PATH_PARAM ? BAD_PATH_VALUES.get(random.nextInt(BAD_PATH_VALUES.size())) : null, random);
        String query = query(op, kind == Kind.BAD_HEADER_OR_QUERY && random.nextBoolean(), random);
        if (kind == Kind.BAD_HEADER_OR_QUERY && !op.headers().isEmpty()) {
            String header = op.headers().stream().toList().get(random.nextInt(op.headers().size()));
            headers.put(header, List.of("", " ", "x".repeat(300), "a b;c", "' OR 1=1", "W/\"\"\"", "*, \"1\"", "%D0%BA%00")
                    .get(random.nextInt(8)));
        }
        String contentType = op.mediaTypes().isEmpty() ? null : op.mediaTypes().get(0);
        String method = op.method();
        byte[] body = op.hasBody() ? Bodies.invalid(op, kind, random) : new byte[0];
        switch (kind) {
            case WRONG_METHOD -> {
                List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
                others.removeAll(op.pathMethods());
                method = others.get(random.nextInt(others.size()));
            }
            case WRONG_CONTENT_TYPE -> {
                List<String> wrong = new ArrayList<>(WRONG_TYPES);
                wrong.removeAll(op.mediaTypes());
                wrong.add(null);
                contentType = wrong.get(random.nextInt(wrong.size()));
                if (!op.hasBody()) {
                    body = "<x>1</x>".getBytes(StandardCharsets.UTF_8);
                }
            }
            case BAD_UPLOAD -> contentType = random.nextInt(3) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=fuzz";
            default -> { }
        }
        return new FuzzCase(op, kind, method, path + query, contentType, headers, body, role);
    }

    /** The path with each parameter an absent but well-formed value, or one parameter {@code bad} (already encoded). */
    private static String path(Operation op, String bad, Random random) {
        String path = op.path();
        List<String> names = new ArrayList<>(op.pathParams().keySet());
        String broken = bad == null ? null : names.get(random.nextInt(names.size()));
        for (String name : names) {
            String value = name.equals(broken) ? bad : absent(name, op.pathParams().get(name).path("type").asText(), random);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static String absent(String name, String type, Random random) {
        if ("integer".equals(type)) {
            return name.equals("year") ? String.valueOf(3000 + random.nextInt(5000)) : String.valueOf(9_000_000_000_000_000_000L + random.nextInt(1_000_000));
        }
        return switch (name) {
            case "uscc" -> TestTokens.UNREGISTERED_USCC;
            case "period" -> "2099-" + String.format("%02d", 1 + random.nextInt(12));
            case "id" -> UUID.randomUUID().toString();
            default -> "FUZZ-" + Integer.toHexString(random.nextInt());
        };
    }

    private static String query(Operation op, boolean bad, Random random) {
        StringBuilder query = new StringBuilder();
        for (String name : op.queryParams().keySet()) {
            String value = switch (name) {
                case "atomic" -> "true";
                case "fileName" -> "fuzz.pdf";
                default -> "FUZZ";
            };
            if (bad) {
                value = List.of("maybe", "%00", "%27%20OR%201%3D1", "..%2F..%2F", "x".repeat(2000), "%E4%B8%AD", "-1").get(random.nextInt(7));
            }
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
        }
        return query.toString();
    }

    /** A token of the role (an enterprise user's names an unregistered USCC), renewed before it expires. */
    static final class Tokens {
        static String of(String role) {
            return "enterprise".equals(role) ? SuiteTokens.forEnterprise(TestTokens.UNREGISTERED_USCC)
                    : SuiteTokens.forClient(role, "fuzz");
        }
    }
}
