package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Single registrations through the gateway at a fixed rate ({@code bench.rate} a second for
 * {@code bench.rateSeconds}, open loop), three consecutive runs. For each registration, the lag
 * from its event's occurrence in enterprise-service (the outbox row's {@code occurred_at}, inside
 * the POST's transaction) until indicator-service's consumer took it ({@code processed_at} of its
 * inbox row, that transaction's start), read from both databases once the run's events are
 * consumed, so that measuring adds no requests. Run by {@code deploy/suite bench}, never by tests.
 */
@Tag("bench")
class RegistrationRateBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.rateSeconds", 20);
    private static final int RUNS = 3;
    private static final String TOPIC = "enterprise.events";
    private static final String CONSUMER = "indicator-service.enterprise-dimension";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String writer = TestTokens.forClient("gov-system", "bench-rate");

    @Test
    void registrationToIndicatorLagAtAFixedRate() throws Exception {
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            QuietSuite.await("enterprise", TOPIC);
            Instant from = Instant.now();
            int registered = register(run);
            QuietSuite.await("enterprise", TOPIC);
            List<Double> lags = lagsSince(from);
            assertEquals(registered, lags.size(), "registrations whose event indicator-service took");
            Collections.sort(lags);
            String line = String.format(Locale.ROOT, "{\"run\": %d, \"registrations\": %d, \"p50Ms\": %.1f, \"p99Ms\": %.1f, \"maxMs\": %.1f}",
                    run + 1, registered, percentile(lags, 50), percentile(lags, 99), percentile(lags, 100));
            System.out.println("BENCH registration-rate " + line);
            runs.add(line);
        }
        Path out = Path.of("target", "bench", "registration-rate.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT, "{\"ratePerSecond\": %d, \"seconds\": %d, \"runs\": %s}",
                RATE, SECONDS, runs));
    }

    /** Sends RATE × SECONDS registrations at a fixed rate (open loop); returns how many. */
    private int register(int run) throws Exception {
        int count = RATE * SECONDS;
        OpenLoop.send(http, RATE, count, i -> HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises"))
                .header("Authorization", "Bearer " + writer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"uscc\":\"" + TestUscc.random() + "\",\"name\":\"定速登记企业" + run + "-" + i + "\"}"))
                .build(), 201);
        return count;
    }

    private static List<Double> lagsSince(Instant from) throws Exception {
        Map<String, Double> occurred = epochs(QuietSuite.psql("enterprise", "select id || '|' || extract(epoch from occurred_at) "
                + "from outbox_event where type = 'parksuite.enterprise.registered.v1' and occurred_at >= '" + from + "'"));
        Map<String, Double> processed = epochs(QuietSuite.psql("indicator", "select event_id || '|' || extract(epoch from processed_at) "
                + "from processed_event where consumer = '" + CONSUMER + "' and processed_at >= '" + from + "'"));
        List<Double> lags = new ArrayList<>();
        occurred.forEach((id, at) -> {
            Double taken = processed.get(id);
            if (taken != null) {
                lags.add((taken - at) * 1000);
            }
        });
        return lags;
    }

    private static Map<String, Double> epochs(String rows) {
        Map<String, Double> epochs = new HashMap<>();
        for (String row : rows.split("\n")) {
            if (!row.isBlank()) {
                String[] parts = row.split("\\|");
                epochs.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return epochs;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1));
    }
}
