package io.parksuite.e2e.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Single registrations through the gateway at a fixed rate ({@code bench.rate} a second for
 * {@code bench.rateSeconds}, open loop), three consecutive runs. For each registration, the lag
 * from its event's occurrence in enterprise-service (the outbox row's {@code occurred_at}, inside
 * the POST's transaction) until indicator-service's consumer took it ({@code processed_at} of its
 * inbox row, that transaction's start), read from both databases once the run's events are
 * consumed, so that measuring adds no requests; split at the outbox row's {@code published_at}
 * (Kafka acknowledged it) into the relay's part and the consumer's part. Before the runs, a
 * warm-up of {@code bench.rateWarmupSeconds} at the same rate (not counted) brings the write
 * path's JIT-compiled code to where it is after hours of service, and Kafka's EndToEndLatency then
 * measures the idle broker the runs are compared with. Run by {@code deploy/suite bench}, never
 * by tests.
 */
@Tag("bench")
class RegistrationRateBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.rateSeconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.rateWarmupSeconds", 60);
    private static final int KAFKA_MESSAGES = 5_000;
    private static final int RUNS = 3;
    private static final String TOPIC = "enterprise.events";
    private static final String CONSUMER = "indicator-service.enterprise-dimension";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String writer = TestTokens.forClient("gov-system", "bench-rate");

    @Test
    void registrationToIndicatorLagAtAFixedRate() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("ratePerSecond", RATE);
        report.put("seconds", SECONDS);
        report.put("warmupSeconds", WARMUP_SECONDS);
        QuietSuite.await("enterprise", TOPIC);
        register("warm-up", WARMUP_SECONDS);
        QuietSuite.await("enterprise", TOPIC);
        Map<String, Object> kafka = KafkaEndToEndLatency.start(KAFKA_MESSAGES,
                Path.of("target", "bench", "kafka-e2e-latency-idle.log")).figures();
        System.out.println("BENCH registration-rate kafkaIdle " + JSON.writeValueAsString(kafka));
        report.put("kafkaEndToEndLatencyIdleMs", kafka);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            QuietSuite.await("enterprise", TOPIC);
            Instant from = Instant.now();
            int registered = register("run" + run, SECONDS);
            QuietSuite.await("enterprise", TOPIC);
            List<Lag> lags = lagsSince(from);
            assertEquals(registered, lags.size(), "registrations whose event indicator-service took");
            Map<String, Double> lag = percentiles(lags.stream().map(Lag::total).toList());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("run", run);
            figures.put("registrations", registered);
            figures.put("lagMs", lag);
            figures.put("relayMs", percentiles(lags.stream().map(Lag::relay).toList()));
            figures.put("consumerMs", percentiles(lags.stream().map(Lag::consumer).toList()));
            if (kafka.get("p99") instanceof Long kafkaP99 && kafkaP99 > 0) {
                figures.put("p99OverKafkaP99", Math.round(lag.get("p99") / kafkaP99 * 10) / 10.0);
            }
            System.out.println("BENCH registration-rate " + JSON.writeValueAsString(figures));
            runs.add(figures);
        }
        report.put("runs", runs);
        Path out = Path.of("target", "bench", "registration-rate.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writeValueAsString(report) + "\n");
    }

    /** Sends RATE × seconds registrations at a fixed rate (open loop); returns how many. */
    private int register(String run, int seconds) throws Exception {
        int count = RATE * seconds;
        OpenLoop.send(http, RATE, count, i -> HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises"))
                .header("Authorization", "Bearer " + writer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"uscc\":\"" + TestUscc.random() + "\",\"name\":\"定速登记企业" + run + "-" + i + "\"}"))
                .build(), 201);
        return count;
    }

    private static List<Lag> lagsSince(Instant from) throws Exception {
        Map<String, double[]> outbox = epochs(QuietSuite.psql("enterprise", "select id || '|' || extract(epoch from occurred_at) "
                + "|| '|' || extract(epoch from published_at) from outbox_event "
                + "where type = 'parksuite.enterprise.registered.v1' and occurred_at >= '" + from + "'"));
        Map<String, double[]> processed = epochs(QuietSuite.psql("indicator", "select event_id || '|' || extract(epoch from processed_at) "
                + "from processed_event where consumer = '" + CONSUMER + "' and processed_at >= '" + from + "'"));
        List<Lag> lags = new ArrayList<>();
        outbox.forEach((id, at) -> {
            double[] taken = processed.get(id);
            if (taken != null) {
                lags.add(new Lag((taken[0] - at[0]) * 1000, (at[1] - at[0]) * 1000, (taken[0] - at[1]) * 1000));
            }
        });
        return lags;
    }

    private static Map<String, double[]> epochs(String rows) {
        Map<String, double[]> epochs = new HashMap<>();
        for (String row : rows.split("\n")) {
            if (!row.isBlank()) {
                String[] parts = row.split("\\|");
                double[] values = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    values[i - 1] = Double.parseDouble(parts[i]);
                }
                epochs.put(parts[0], values);
            }
        }
        return epochs;
    }

    private static Map<String, Double> percentiles(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (int percentile : new int[] {50, 90, 99, 100}) {
            double value = sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1));
            percentiles.put(percentile == 100 ? "max" : "p" + percentile, Math.round(value * 10) / 10.0);
        }
        return percentiles;
    }

    /**
     * One registration's lag in milliseconds: in all, from its occurrence to Kafka's
     * acknowledgement of its outbox row (the relay), and from there to the consumer's transaction.
     */
    private record Lag(double total, double relay, double consumer) {
    }
}
