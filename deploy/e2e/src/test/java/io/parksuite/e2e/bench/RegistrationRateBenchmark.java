package io.parksuite.e2e.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.e2e.Gateway;
import io.parksuite.e2e.ImportRows;
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
 * Registrations through the gateway at a fixed rate of events, open loop, in two modes of three
 * consecutive runs each: single {@code POST /api/v1/enterprises} at {@code bench.rate} a second,
 * then bulk calls ({@code POST /api/v1/enterprises/bulk}, {@code bench.bulkRowsPerCall} rows each)
 * at {@code bench.bulkRate} events a second, each run {@code bench.rateSeconds} long. For each
 * registration, the lag from its event's occurrence in enterprise-service (the outbox row's
 * {@code occurred_at}, inside the write's transaction) until indicator-service wrote its copy (the
 * copy's {@code updated_at}, set by the statement that inserts it, just before that transaction
 * commits), read from both databases once the run's events are consumed, so that measuring adds no
 * requests; split at the outbox row's {@code published_at} (Kafka acknowledged it) into the relay's
 * part and the consumer's part; and from the answer of the call that registered it (this machine's
 * clock, as the services') to the same write: a bulk call records its events as it goes, so its
 * first event occurs well before the call commits.
 * Before each mode's runs, a warm-up at the same rate (not counted) until the JIT compilers of the
 * services have settled ({@link #warmUp}: on a freshly started suite four JVMs compiling on two
 * cores took minutes, and runs after a fixed minute measured the compilers more than the write
 * path), then Kafka's EndToEndLatency on the idle broker the runs are compared with. Each run
 * reports the compilers' work during it beside its lag ({@link JitActivity}). Run by
 * {@code deploy/suite bench}, never by tests.
 */
@Tag("bench")
class RegistrationRateBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int SECONDS = Integer.getInteger("bench.rateSeconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.rateWarmupSeconds", 60);
    private static final int WARMUP_MAX_SECONDS = Integer.getInteger("bench.rateWarmupMaxSeconds", 300);
    private static final int WARMUP_WINDOW_SECONDS = 20;
    /** Compile time of all instances per second of a warm-up window at or below which the JIT counts as settled. */
    private static final double SETTLED_COMPILE_SHARE = Double.parseDouble(System.getProperty("bench.jitSettledShare", "0.25"));
    private static final List<Mode> MODES = List.of(
            new Mode("single", Integer.getInteger("bench.rate", 100), 1),
            new Mode("bulk", Integer.getInteger("bench.bulkRate", 500), Integer.getInteger("bench.bulkRowsPerCall", 50)));
    private static final int KAFKA_MESSAGES = 5_000;
    private static final int RUNS = 3;
    private static final String TOPIC = "enterprise.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String writer = TestTokens.forClient("gov-system", "bench-rate");

    /** Registrations of {@code rowsPerCall} enterprises a call, at {@code eventsPerSecond} in all. */
    private record Mode(String name, int eventsPerSecond, int rowsPerCall) {
    }

    @Test
    void registrationToIndicatorLagAtAFixedRate() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("seconds", SECONDS);
        report.put("warmupSeconds", WARMUP_SECONDS);
        report.put("warmupMaxSeconds", WARMUP_MAX_SECONDS);
        report.put("jitSettledShare", SETTLED_COMPILE_SHARE);
        for (Mode mode : MODES) {
            report.put(mode.name(), runs(mode));
        }
        Path out = Path.of("target", "bench", "registration-rate.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writeValueAsString(report) + "\n");
    }

    private Map<String, Object> runs(Mode mode) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("eventsPerSecond", mode.eventsPerSecond());
        report.put("rowsPerCall", mode.rowsPerCall());
        QuietSuite.await("enterprise", TOPIC);
        report.put("warmup", warmUp(mode));
        QuietSuite.await("enterprise", TOPIC);
        Map<String, Object> kafka = KafkaEndToEndLatency.start(KAFKA_MESSAGES,
                Path.of("target", "bench", "kafka-e2e-latency-idle-" + mode.name() + ".log")).figures();
        System.out.println("BENCH registration-rate " + mode.name() + " kafkaIdle " + JSON.writeValueAsString(kafka));
        report.put("kafkaEndToEndLatencyIdleMs", kafka);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            QuietSuite.await("enterprise", TOPIC);
            Map<String, JitActivity.Counters> jit = JitActivity.now();
            Instant from = Instant.now();
            Map<String, Instant> answered = register(mode, "run" + run, SECONDS);
            QuietSuite.await("enterprise", TOPIC);
            Map<String, Map<String, Object>> compiled = JitActivity.since(jit);
            List<Lag> lags = lagsSince(from, answered);
            assertEquals(answered.size(), lags.size(), "registrations whose event indicator-service took");
            Map<String, Double> lag = percentiles(lags.stream().map(Lag::total).toList());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("run", run);
            figures.put("registrations", answered.size());
            figures.put("lagMs", lag);
            figures.put("relayMs", percentiles(lags.stream().map(Lag::relay).toList()));
            figures.put("consumerMs", percentiles(lags.stream().map(Lag::consumer).toList()));
            Map<String, Double> afterAnswer = percentiles(lags.stream().map(Lag::afterAnswer).toList());
            figures.put("afterAnswerMs", afterAnswer);
            figures.put("jit", compiled);
            if (kafka.get("p99") instanceof Long kafkaP99 && kafkaP99 > 0) {
                figures.put("p99OverKafkaP99", Math.round(lag.get("p99") / kafkaP99 * 10) / 10.0);
                figures.put("afterAnswerP99OverKafkaP99", Math.round(afterAnswer.get("p99") / kafkaP99 * 10) / 10.0);
            }
            System.out.println("BENCH registration-rate " + mode.name() + " " + JSON.writeValueAsString(figures));
            runs.add(figures);
        }
        report.put("runs", runs);
        return report;
    }

    /**
     * Registers at the mode's rate in windows of 20 s, for at least {@code bench.rateWarmupSeconds}
     * and then until the JIT compilers of all instances together spent at most
     * {@code bench.jitSettledShare} of a window's seconds compiling, or {@code bench.rateWarmupMaxSeconds}
     * passed; returns each window's compile time.
     */
    private Map<String, Object> warmUp(Mode mode) throws Exception {
        List<Map<String, Object>> windows = new ArrayList<>();
        boolean settled = false;
        int warmed = 0;
        while (warmed < WARMUP_MAX_SECONDS && !(settled && warmed >= WARMUP_SECONDS)) {
            Map<String, JitActivity.Counters> before = JitActivity.now();
            long start = System.nanoTime();
            register(mode, "warm-up" + (windows.size() + 1), WARMUP_WINDOW_SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            warmed += WARMUP_WINDOW_SECONDS;
            Map<String, Map<String, Object>> jit = JitActivity.since(before);
            double compileSeconds = JitActivity.total(jit);
            settled = jit.isEmpty() || compileSeconds <= SETTLED_COMPILE_SHARE * seconds;
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("untilSecond", warmed);
            window.put("compileSeconds", Math.round(compileSeconds * 10) / 10.0);
            window.put("jit", jit);
            System.out.println("BENCH registration-rate " + mode.name() + " warm-up " + JSON.writeValueAsString(window));
            windows.add(window);
        }
        Map<String, Object> warmup = new LinkedHashMap<>();
        warmup.put("seconds", warmed);
        warmup.put("jitSettled", settled);
        warmup.put("windows", windows);
        return warmup;
    }

    /** Registers at the mode's fixed rate (open loop) for {@code seconds}; returns when each USCC's call was answered. */
    private Map<String, Instant> register(Mode mode, String run, int seconds) throws Exception {
        int calls = mode.eventsPerSecond() * seconds / mode.rowsPerCall();
        List<List<String>> named = new ArrayList<>(Collections.nCopies(calls, List.of()));
        List<OpenLoop.Answer> answers;
        if (mode.rowsPerCall() == 1) {
            answers = OpenLoop.answers(http, mode.eventsPerSecond(), calls, i -> {
                String uscc = TestUscc.random();
                named.set(i, List.of(uscc));
                return request("/api/v1/enterprises", "application/json",
                        "{\"uscc\":\"" + uscc + "\",\"name\":\"定速登记企业" + run + "-" + i + "\"}");
            }, 201);
        } else {
            answers = OpenLoop.answers(http, mode.eventsPerSecond() / mode.rowsPerCall(), calls, i -> {
                ImportRows rows = new ImportRows(mode.rowsPerCall(), "定速批量登记" + run + "_" + i + "_");
                named.set(i, rows.usccs());
                return request("/api/v1/enterprises/bulk", "text/csv; charset=UTF-8", rows.csv());
            }, 200);
        }
        Map<String, Instant> answered = new HashMap<>();
        for (int i = 0; i < calls; i++) {
            for (String uscc : named.get(i)) {
                answered.put(uscc, answers.get(i).at());
            }
        }
        return answered;
    }

    private HttpRequest request(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + writer)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static List<Lag> lagsSince(Instant from, Map<String, Instant> answered) throws Exception {
        Map<String, double[]> copied = epochs(QuietSuite.psql("indicator", "select uscc || '|' || extract(epoch from updated_at) "
                + "from enterprise_dimension where updated_at >= '" + from + "'"));
        Map<String, double[]> outbox = epochs(QuietSuite.psql("enterprise", "select aggregate_id || '|' || extract(epoch from occurred_at) "
                + "|| '|' || extract(epoch from published_at) from outbox_event "
                + "where type = 'parksuite.enterprise.registered.v1' and occurred_at >= '" + from + "'"));
        List<Lag> lags = new ArrayList<>();
        answered.forEach((uscc, answer) -> {
            double[] at = outbox.get(uscc);
            double[] copy = copied.get(uscc);
            if (at != null && copy != null) {
                double answeredAt = answer.getEpochSecond() + answer.getNano() / 1e9;
                lags.add(new Lag((copy[0] - at[0]) * 1000, (at[1] - at[0]) * 1000, (copy[0] - at[1]) * 1000,
                        (copy[0] - answeredAt) * 1000));
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
     * acknowledgement of its outbox row (the relay), from there to the copy's write, and from its
     * call's answer to the copy's write.
     */
    private record Lag(double total, double relay, double consumer, double afterAnswer) {
    }
}
