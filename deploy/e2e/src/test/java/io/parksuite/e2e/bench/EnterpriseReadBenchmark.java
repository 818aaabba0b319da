package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.e2e.ImportRows;
import io.parksuite.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reads at 10,000 or more enterprises: GET by USCC and ranked name search, each through the
 * gateway and directly against enterprise-service, in alternating rounds of the same run so that
 * the gateway/direct ratio is measured under the same conditions, and name search through the
 * gateway at a fixed 50 requests/s (open loop). Reports throughput, p50 and p99 per round and the
 * median of the rounds. Run by {@code deploy/suite bench}, never by tests.
 */
@Tag("bench")
class EnterpriseReadBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final String DIRECT = Optional.ofNullable(System.getenv("ENTERPRISE_URL"))
            .filter(url -> !url.isBlank()).orElse("http://127.0.0.1:8081");
    private static final int MIN_ENTERPRISES = 10_000;
    private static final int ROUNDS = 3;
    private static final int THREADS = 4;
    private static final int REQUESTS_PER_ROUND = 2_000;
    private static final int OPEN_LOOP_RATE = 50;
    private static final int OPEN_LOOP_REQUESTS = 1_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.forClient("park-leader", "bench-read");

    @Test
    void getByUsccAndNameSearch() throws Exception {
        ensureEnterprises();
        awaitQuietSuite();
        List<String> usccs = sampleUsccs();
        Random random = new Random(42);
        List<String> lookups = new ArrayList<>();
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
            lookups.add("/api/v1/enterprises/" + usccs.get(random.nextInt(usccs.size())));
            searches.add("/api/v1/enterprises?size=20&q="
                    + URLEncoder.encode("企业" + (100 + random.nextInt(900)), StandardCharsets.UTF_8));
        }
        Map<String, List<Round>> rounds = new LinkedHashMap<>();
        run(GATEWAY, lookups::get, 200);
        run(DIRECT, lookups::get, 200);
        for (int round = 0; round < ROUNDS; round++) {
            for (String scenario : List.of("get-by-uscc", "name-search")) {
                IntFunction<String> paths = scenario.equals("get-by-uscc") ? lookups::get : searches::get;
                rounds.computeIfAbsent(scenario + " gateway", k -> new ArrayList<>()).add(run(GATEWAY, paths, REQUESTS_PER_ROUND));
                rounds.computeIfAbsent(scenario + " direct", k -> new ArrayList<>()).add(run(DIRECT, paths, REQUESTS_PER_ROUND));
            }
            rounds.computeIfAbsent("name-search open-loop " + OPEN_LOOP_RATE + "/s gateway", k -> new ArrayList<>())
                    .add(openLoop(GATEWAY, searches::get, OPEN_LOOP_RATE, OPEN_LOOP_REQUESTS));
        }
        StringBuilder report = new StringBuilder("{\"threads\": %d, \"requestsPerRound\": %d, \"rounds\": %d, \"scenarios\": {"
                .formatted(THREADS, REQUESTS_PER_ROUND, ROUNDS));
        Map<String, Double> medianThroughput = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<String, List<Round>> scenario : rounds.entrySet()) {
            double throughput = median(scenario.getValue().stream().map(Round::throughput).toList());
            double p50 = median(scenario.getValue().stream().map(Round::p50).toList());
            double p99 = median(scenario.getValue().stream().map(Round::p99).toList());
            medianThroughput.put(scenario.getKey(), throughput);
            String line = String.format(Locale.ROOT, "\"%s\": {\"throughputPerSecond\": %.0f, \"p50Ms\": %.2f, \"p99Ms\": %.2f, "
                            + "\"roundsP99Ms\": %s}", scenario.getKey(), throughput, p50, p99,
                    scenario.getValue().stream().map(r -> String.format(Locale.ROOT, "%.2f", r.p99())).toList());
            System.out.println("BENCH enterprise-read " + line);
            report.append(first ? "" : ", ").append(line);
            first = false;
        }
        report.append("}, \"gatewayOverDirectThroughput\": {");
        first = true;
        for (String scenario : List.of("get-by-uscc", "name-search")) {
            double ratio = medianThroughput.get(scenario + " gateway") / medianThroughput.get(scenario + " direct");
            String line = String.format(Locale.ROOT, "\"%s\": %.3f", scenario, ratio);
            System.out.println("BENCH enterprise-read gateway/direct throughput " + line);
            report.append(first ? "" : ", ").append(line);
            first = false;
        }
        report.append("}}");
        Path out = Path.of("target", "bench", "enterprise-read.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private record Round(double throughput, double p50, double p99) {

        static Round of(List<Long> nanos, double seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Round(sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6);
        }
    }

    private Round run(String base, IntFunction<String> paths, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = thread; i < requests; i += THREADS) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + paths.apply(i)))
                            .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - sent);
                    assertEquals(200, response.statusCode(), response.body());
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return Round.of(all, seconds);
    }

    /** Name search at a fixed rate (open loop): latency counts from each request's planned time. */
    private Round openLoop(String base, IntFunction<String> paths, int perSecond, int requests) throws Exception {
        long start = System.nanoTime();
        List<Long> nanos = OpenLoop.send(http, perSecond, requests, i -> HttpRequest.newBuilder(URI.create(base + paths.apply(i)))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
        return Round.of(nanos, (System.nanoTime() - start) / 1e9);
    }

    private void ensureEnterprises() throws Exception {
        long total = get("/api/v1/enterprises?size=1").getLong("total");
        if (total < MIN_ENTERPRISES) {
            ImportRows rows = new ImportRows((int) (MIN_ENTERPRISES - total), "基准读取企业");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises/bulk"))
                    .header("Authorization", "Bearer " + TestTokens.forClient("gov-system", "bench-read"))
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(rows.csv())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
        System.out.println("BENCH enterprise-read enterprises " + get("/api/v1/enterprises?size=1").getLong("total"));
    }

    /**
     * Waits until indicator-service has consumed the events of the latest registrations (an
     * import just before would otherwise compete for the two cores with the reads measured).
     */
    private void awaitQuietSuite() throws Exception {
        List<String> latest = get("/api/v1/enterprises?size=30&sort=-registeredAt").getList("items.uscc", String.class);
        long deadline = System.nanoTime() + 600_000_000_000L;
        for (String uscc : latest) {
            while (http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/indicators/enterprises/" + uscc))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("indicator-service did not catch up within 10 minutes");
                }
                Thread.sleep(500);
            }
        }
    }

    private List<String> sampleUsccs() throws Exception {
        List<String> usccs = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            usccs.addAll(get("/api/v1/enterprises?size=200&sort=uscc&page=" + page * 4).getList("items.uscc", String.class));
        }
        return usccs;
    }

    private JsonPath get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonPath.from(response.body());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
