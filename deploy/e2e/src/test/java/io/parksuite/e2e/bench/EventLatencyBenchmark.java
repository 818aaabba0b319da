package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures, through the gateway, how long an enterprise takes from {@code POST /api/v1/enterprises}
 * until indicator-service serves its copy (outbox → relay → Kafka → idempotent consumer). Run by
 * {@code deploy/suite bench}, never by the test tiers; it reports figures and asserts only correctness.
 */
@Tag("bench")
class EventLatencyBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int COUNT = Integer.getInteger("bench.enterprises", 1000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String writer = TestTokens.forClient("gov-system", "bench-writer");
    private final String reader = TestTokens.forClient("statistician", "bench-reader");

    @Test
    void postToIndicatorCopyLatency() throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            registerAndAwaitCopy(i);
        }
        List<Long> endToEnd = new ArrayList<>(COUNT);
        List<Long> post = new ArrayList<>(COUNT);
        long started = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            long[] sample = registerAndAwaitCopy(i);
            post.add(sample[0]);
            endToEnd.add(sample[1]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = String.format(Locale.ROOT, """
                        {"enterprises": %d, "warmup": %d, "wallSeconds": %.1f,
                         "postMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f, "max": %.1f},
                         "postToIndicatorCopyMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f, "max": %.1f}}
                        """, COUNT, WARMUP, seconds,
                percentile(post, 50), percentile(post, 90), percentile(post, 99), percentile(post, 100),
                percentile(endToEnd, 50), percentile(endToEnd, 90), percentile(endToEnd, 99), percentile(endToEnd, 100));
        System.out.println("BENCH event-latency " + report.replaceAll("\\s+", " ").trim());
        Path out = Path.of("target", "bench", "event-latency.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** @return {POST duration, POST-to-copy duration} in nanoseconds */
    private long[] registerAndAwaitCopy(int i) throws IOException, InterruptedException {
        String uscc = TestUscc.random();
        long start = System.nanoTime();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises"))
                        .header("Authorization", "Bearer " + writer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"uscc\":\"" + uscc + "\",\"name\":\"基准测试企业" + i + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long posted = System.nanoTime();
        assertEquals(201, created.statusCode(), created.body());
        HttpRequest read = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/indicators/enterprises/" + uscc))
                .header("Authorization", "Bearer " + reader).GET().build();
        long deadline = start + GIVE_UP.toNanos();
        while (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("indicator copy of " + uscc + " not served within " + GIVE_UP);
            }
            Thread.sleep(1);
        }
        return new long[]{posted - start, System.nanoTime() - start};
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
