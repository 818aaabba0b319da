package io.parksuite.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Judges each answer (a 4xx {@code application/problem+json} whose {@code status} is the HTTP
 * status, and a status the operation's document lists, nothing else) and tallies the run: cases per service, per kind and per status, and
 * every failure with method, path, kind, status and the start of the body.
 */
final class FuzzReport {

    /** Kinds whose bytes are not JSON at all: the parser, not validation, must refuse them. */
    private static final Set<Kind> PARSE_ERRORS = EnumSet.of(Kind.MALFORMED_JSON, Kind.INVALID_UTF8);

    private final Map<String, LongAdder> perService = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perStatus = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Routes routes;

    FuzzReport(Routes routes) {
        this.routes = routes;
    }

    void record(FuzzCase fuzzCase, HttpResponse<byte[]> response, Throwable error) {
        count(perService, fuzzCase.operation().service());
        count(perKind, fuzzCase.kind().name());
        int status = response == null ? 0 : response.statusCode();
        count(perStatus, String.valueOf(status));
        String problem = error != null ? "no answer: " + error : verdict(response);
        if (problem == null) {
            problem = undocumented(fuzzCase, status);
        }
        if (problem == null && PARSE_ERRORS.contains(fuzzCase.kind()) && status != 400) {
            problem = "not refused as malformed (the body was read leniently: expected 400)";
        }
        if (problem != null) {
            String body = response == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
            failures.add(String.format("%s %s %s [%s, role %s] status %d: %s | %s | sent %s", fuzzCase.method(),
                    abbreviate(fuzzCase.pathAndQuery(), 120), fuzzCase.kind(), fuzzCase.operation().label(), fuzzCase.role(), status,
                    problem, abbreviate(body.replaceAll("\\s+", " "), 400), sent(fuzzCase.body())));
        }
    }

    /** The start of the body sent, control characters and invalid UTF-8 shown escaped. */
    private static String sent(byte[] body) {
        StringBuilder shown = new StringBuilder();
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c == 0xFFFD ? String.format("\\u%04x", c) : Character.toString(c)));
        return body.length > 300 ? shown + "… (" + body.length + " bytes)" : shown.toString();
    }

    /**
     * Null when the status is one the document lists for the operation the request reaches; a
     * request with a method no operation of its path serves must be answered 404 or 405.
     */
    private String undocumented(FuzzCase fuzzCase, int status) {
        Set<Integer> documented = fuzzCase.kind() == Kind.WRONG_METHOD
                ? routes.statuses(fuzzCase.method(), fuzzCase.pathAndQuery()).orElse(Set.of(404, 405))
                : fuzzCase.operation().documentedStatuses();
        return documented.contains(status) ? null : "status " + status + " is not in the document (it lists " + documented + ")";
    }

    /** Null when the answer is a proper rejection, else what is wrong with it. */
    private static String verdict(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            return "accepted a bad request";
        }
        if (status == 429) {
            return "rate limited (the gateway's limits are not lifted)";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json (" + type + ")";
        }
        try {
            JsonNode problem = Payloads.JSON.readTree(response.body());
            return problem.path("status").asInt() == status ? null : "problem status " + problem.path("status") + " differs";
        } catch (Exception e) {
            return "problem+json body is not JSON";
        }
    }

    List<String> failures() {
        return failures;
    }

    long cases() {
        return perService.values().stream().mapToLong(LongAdder::sum).sum();
    }

    String summary() {
        return "FUZZ cases " + cases() + ", failures " + failures.size()
                + "\nFUZZ per service: " + sorted(perService)
                + "\nFUZZ per kind:    " + sorted(perKind)
                + "\nFUZZ per status:  " + sorted(perStatus);
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, adder) -> sorted.put(key, adder.sum()));
        return sorted;
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
