package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.e2e.ImportRows;
import io.parksuite.testing.TestTokens;
import io.parksuite.testing.TestUscc;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indicator scenario through the gateway: a generated dataset of enterprises × monthly reports
 * (10,000 × 120 by default), registered in enterprise-service and known to indicator-service from
 * its events; event lag (a write's 2xx until the indicator copy shows it, by polling) at a fixed
 * rate, beside Kafka's own {@code EndToEndLatency} under the same write load, measured while the
 * database is not busy with the intake of a million reports; then bulk intake rate; dashboard
 * latency from the rollup, once autovacuum has digested the intake, beside the same dashboard
 * summed from the facts; and rebuild time.
 * Every run registers fresh enterprises, so data of earlier runs only adds to the totals. Run by
 * {@code deploy/suite bench} or {@code pbench IndicatorBenchmark}; it asserts only correctness
 * (rollup dashboard = facts dashboard, unchanged by the rebuild), never timings.
 */
@Tag("bench")
class IndicatorBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int ENTERPRISES = Integer.getInteger("bench.indicator.enterprises", 10_000);
    private static final int MONTHS = Integer.getInteger("bench.indicator.months", 120);
    private static final int FIRST_YEAR = Integer.getInteger("bench.indicator.firstYear", 2014);
    private static final int DASHBOARDS = Integer.getInteger("bench.indicator.dashboards", 2_000);
    private static final int DASHBOARD_WARMUP = Integer.getInteger("bench.indicator.dashboardWarmup", 500);
    private static final int FACTS_DASHBOARDS = Integer.getInteger("bench.indicator.factsDashboards", 5);
    private static final Duration DASHBOARD_BUDGET =
            Duration.ofSeconds(Integer.getInteger("bench.indicator.dashboardSeconds", 45));
    private static final int LAG_RATE = Integer.getInteger("bench.indicator.lagRate", 500);
    private static final int LAG_SECONDS = Integer.getInteger("bench.indicator.lagSeconds", 60);
    private static final int LAG_WARMUP_SECONDS = Integer.getInteger("bench.indicator.lagWarmupSeconds", 60);
    private static final int LAG_WARMUP_RATE = Integer.getInteger("bench.indicator.lagWarmupRate", LAG_RATE / 2);
    private static final int LAG_ROWS_PER_CALL = Integer.getInteger("bench.indicator.lagRowsPerCall", 50);
    private static final long LAG_POLL_MILLIS = Long.getLong("bench.indicator.lagPollMillis", 10);
    private static final int KAFKA_MESSAGES = Integer.getInteger("bench.kafka.messages", 10_000);
    private static final int ROWS_PER_CALL = 50_000;
    private static final int REGISTER_PER_CALL = 10_000;
    private static final int LOOKUP = 100;
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Duration KAFKA_PHASE_LIMIT = Duration.ofMinutes(5);
    /**
     * How long registrations go on after the measured minute before Kafka's tool starts, so that its
     * start-up delays none of the counted ones.
     */
    private static final int KAFKA_START_DELAY_SECONDS = 5;
    /** The USCCs of a lookup answer, read without a JSON tree so that the probe stays light. */
    private static final Pattern LOOKUP_USCC = Pattern.compile("\"uscc\":\"([0-9A-Z]{18})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String writer = TestTokens.forClient("gov-system", "bench-indicator");
    private final String statistician = TestTokens.forClient("statistician", "bench-indicator-statistician");
    private final String leader = TestTokens.forClient("park-leader", "bench-indicator-leader");
    private final Map<String, Object> report = new LinkedHashMap<>();
    private String dashboardBeforeRebuild;

    @Test
    void indicatorScenario() throws Exception {
        List<YearMonth> periods = periods();
        YearMonth last = periods.get(periods.size() - 1);
        assertTrue(last.isBefore(YearMonth.now()), "the generated periods must be over: last is " + last);
        report.put("enterprises", ENTERPRISES);
        report.put("months", MONTHS);
        report.put("periods", periods.get(0) + ".." + last);

        List<String> usccs = register();
        report.put("registrationsConsumed", QuietSuite.await("enterprise", "enterprise.events"));
        progress();
        eventLag();
        report.put("lagRegistrationsConsumed", QuietSuite.await("enterprise", "enterprise.events"));
        progress();
        intake(usccs, periods);
        report.put("intakeVacuumedSeconds", QuietSuite.awaitVacuumed("indicator"));
        progress();
        release(periods);
        String period = last.toString();
        dashboards(period, periods);
        progress();
        rebuild(period);

        String json = json(report);
        System.out.println("BENCH indicator " + json);
        Path out = Path.of("target", "bench", "indicator.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json + "\n");
    }

    /** The figures so far, in case a later phase fails. */
    private void progress() {
        System.out.println("bench-progress indicator " + json(report));
    }

    /** 规上 reporting periods from February of the first year on; January is never a period. */
    private static List<YearMonth> periods() {
        List<YearMonth> periods = new ArrayList<>(MONTHS);
        YearMonth period = YearMonth.of(FIRST_YEAR, 2);
        while (periods.size() < MONTHS) {
            periods.add(period);
            period = period.getMonthValue() == 12 ? YearMonth.of(period.getYear() + 1, 2) : period.plusMonths(1);
        }
        return periods;
    }

    private List<String> register() throws Exception {
        List<String> usccs = new ArrayList<>(ENTERPRISES);
        String run = UUID.randomUUID().toString().substring(0, 6);
        long started = System.nanoTime();
        for (int from = 0; from < ENTERPRISES; from += REGISTER_PER_CALL) {
            ImportRows rows = new ImportRows(Math.min(REGISTER_PER_CALL, ENTERPRISES - from), "指标基准" + run + "企业" + from + "_");
            HttpResponse<String> response = http.send(post("/api/v1/enterprises/bulk", writer, "text/csv; charset=UTF-8",
                    rows.csv()), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            usccs.addAll(rows.usccs());
        }
        double registered = seconds(started);
        long waiting = System.nanoTime();
        awaitCopies(usccs);
        report.put("registerSeconds", round(registered));
        report.put("registerToIndicatorCopiesSeconds", round(seconds(waiting)));
        return usccs;
    }

    /** Waits until indicator-service knows every enterprise (they reach it as enterprise.events). */
    private void awaitCopies(List<String> usccs) throws Exception {
        List<String> missing = new ArrayList<>(usccs);
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (!missing.isEmpty()) {
            List<String> still = new ArrayList<>();
            for (int from = 0; from < missing.size(); from += LOOKUP) {
                List<String> batch = missing.subList(from, Math.min(from + LOOKUP, missing.size()));
                List<String> known = known(batch);
                batch.stream().filter(uscc -> !known.contains(uscc)).forEach(still::add);
            }
            missing = still;
            if (!missing.isEmpty()) {
                assertTrue(System.nanoTime() < deadline, missing.size() + " enterprises still unknown to indicator-service");
                Thread.sleep(200);
            }
        }
    }

    private List<String> known(List<String> usccs) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(get(lookupPath(usccs), statistician), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonPath.from(response.body()).getList("uscc", String.class);
    }

    private static String lookupPath(List<String> usccs) {
        return "/api/v1/indicators/enterprises?" + usccs.stream()
                .map(uscc -> "uscc=" + URLEncoder.encode(uscc, StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private void intake(List<String> usccs, List<YearMonth> periods) throws Exception {
        int perCall = Math.max(1, ROWS_PER_CALL / periods.size());
        long rows = 0;
        long nanos = 0;
        int calls = 0;
        for (int from = 0; from < usccs.size(); from += perCall) {
            String csv = reports(usccs, from, Math.min(from + perCall, usccs.size()), periods);
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/statistical-reports/bulk"))
                            .header("Authorization", "Bearer " + writer)
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            nanos += System.nanoTime() - started;
            assertEquals(200, response.statusCode(), response.body());
            int stored = JsonPath.from(response.body()).getInt("imported");
            assertEquals((Math.min(from + perCall, usccs.size()) - from) * periods.size(), stored, response.body());
            rows += stored;
            calls++;
        }
        report.put("intakeRows", rows);
        report.put("intakeCalls", calls);
        report.put("intakeSeconds", round(nanos / 1e9));
        report.put("intakeRowsPerSecond", Math.round(rows / (nanos / 1e9)));
    }

    /** Reports of enterprises [from, to) for every period, with figures that differ by enterprise and month. */
    private static String reports(List<String> usccs, int from, int to, List<YearMonth> periods) {
        StringBuilder csv = new StringBuilder(64 + (to - from) * periods.size() * 96);
        csv.append("uscc,period,status,outputValueYuan,salesOutputYuan,revenueYuan,taxYuan,employees,energyTce\n");
        for (int i = from; i < to; i++) {
            long base = 2_000_000L + (i % 997) * 37_000L;
            for (int p = 0; p < periods.size(); p++) {
                long output = base + p * (1_000L + i % 13) * 100L;
                csv.append(usccs.get(i)).append(',').append(periods.get(p)).append(",FINAL,")
                        .append(output).append(".00,").append(output * 97 / 100).append(".00,")
                        .append(output * 99 / 100).append(".00,").append(output / 20).append(".50,")
                        .append(20 + i % 480).append(',').append(i % 50).append(".5\n");
            }
        }
        return csv.toString();
    }

    /**
     * 统计发布: records the release of every generated period not released yet, each on the 20th of
     * the month after it, so that the leader's disclosure-controlled dashboard can be read.
     */
    private void release(List<YearMonth> periods) throws Exception {
        Set<String> released = Set.copyOf(JsonPath.from(timed(get("/api/v1/indicators/releases", statistician), 200)
                .body()).getList("period", String.class));
        String rows = periods.stream().filter(period -> !released.contains(period.toString()))
                .map(period -> "{\"period\":\"%s\",\"releasedAt\":\"%sT10:00:00+08:00\"}"
                        .formatted(period, period.plusMonths(1).atDay(20)))
                .collect(Collectors.joining(",", "[", "]"));
        timed(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/indicators/releases"))
                .header("Authorization", "Bearer " + statistician).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1)).PUT(HttpRequest.BodyPublishers.ofString(rows)).build(), 200);
    }

    private void dashboards(String period, List<YearMonth> periods) throws Exception {
        String path = "/api/v1/indicators/dashboard?period=" + period;
        // Computed from the rollup: the first request of each of the last 22 periods after the intake.
        List<Long> computed = new ArrayList<>();
        for (YearMonth each : periods.subList(Math.max(0, periods.size() - 22), periods.size())) {
            computed.add(timed(get("/api/v1/indicators/dashboard?period=" + each, statistician), 200).nanos());
        }
        // Disclosure-controlled: the first request of each of the last 12 periods weighs two years of reports.
        List<Long> computedWithheld = new ArrayList<>();
        for (YearMonth each : periods.subList(Math.max(0, periods.size() - 12), periods.size())) {
            computedWithheld.add(timed(get("/api/v1/indicators/dashboard?period=" + each, leader), 200).nanos());
        }
        for (int i = 0; i < DASHBOARD_WARMUP; i++) {
            timed(get(path, statistician), 200);
            timed(get(path, leader), 200);
        }
        List<Long> rollup = new ArrayList<>(DASHBOARDS);
        String fromRollup = null;
        long budget = System.nanoTime() + DASHBOARD_BUDGET.toNanos();
        for (int i = 0; i < DASHBOARDS && (i < 10 || System.nanoTime() < budget); i++) {
            Timed answer = timed(get(path, statistician), 200);
            rollup.add(answer.nanos());
            fromRollup = answer.body();
        }
        List<Long> disclosureControlled = new ArrayList<>(DASHBOARDS);
        budget = System.nanoTime() + DASHBOARD_BUDGET.toNanos();
        for (int i = 0; i < DASHBOARDS && (i < 10 || System.nanoTime() < budget); i++) {
            disclosureControlled.add(timed(get(path, leader), 200).nanos());
        }
        List<Long> facts = new ArrayList<>(FACTS_DASHBOARDS);
        String fromFacts = null;
        for (int i = 0; i < FACTS_DASHBOARDS; i++) {
            Timed answer = timed(get(path + "&source=facts", statistician), 200);
            facts.add(answer.nanos());
            fromFacts = answer.body();
        }
        assertEquals(reportFigures(fromRollup), reportFigures(fromFacts),
                "the rollup's dashboard differs from the one summed from the facts");
        report.put("dashboardPeriod", period);
        report.put("dashboardComputedFromRollupMs", percentiles(computed));
        report.put("dashboardFromRollupMs", percentiles(rollup));
        report.put("dashboardDisclosureControlledMs", percentiles(disclosureControlled));
        report.put("dashboardComputedDisclosureControlledMs", percentiles(computedWithheld));
        report.put("dashboardFromFactsMs", percentiles(facts));
        report.put("factsOverRollupP50", round(percentile(facts, 50) / percentile(rollup, 50)));
        report.put("factsOverRollupP99", round(percentile(facts, 99) / percentile(rollup, 99)));
        report.put("factsOverComputedRollupP50", round(percentile(facts, 50) / percentile(computed, 50)));
        report.put("dashboardIndicators", JsonPath.from(fromRollup).getList("indicators").size());
        dashboardBeforeRebuild = fromRollup;
    }

    private void rebuild(String period) throws Exception {
        Timed answer = timed(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/indicators/rebuild"))
                .header("Authorization", "Bearer " + statistician).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        JsonPath result = JsonPath.from(answer.body());
        report.put("rebuildSeconds", round(answer.nanos() / 1e9));
        report.put("rebuildReports", result.getLong("reports"));
        report.put("rebuildEnterprises", result.getInt("enterprises"));
        report.put("rebuildCells", result.getInt("cells"));
        String after = timed(get("/api/v1/indicators/dashboard?period=" + period, statistician), 200).body();
        assertEquals(reportFigures(dashboardBeforeRebuild), reportFigures(after),
                "the rebuilt rollup's dashboard differs from the incrementally maintained one");
    }

    /** The dashboard's figures summed from reports (project and approval figures move with their own events). */
    private static List<Object> reportFigures(String dashboard) {
        return JsonPath.from(dashboard).getList("indicators.findAll { it.source == 'REPORTS' }");
    }

    /**
     * Registers enterprises at a fixed rate of events, {@code lagRowsPerCall} per bulk call (50 every
     * 100 ms for 500 a second), and polls indicator-service (the oldest 100 waiting, one lookup every
     * {@code lagPollMillis}) until each copy is there; an enterprise's lag runs from the 2xx of the
     * call that registered it to the lookup answer that first shows it. A warm-up of
     * {@code lagWarmupSeconds} at {@code lagWarmupRate} (half the rate) runs the same code paths
     * until the services' JIT compilers have caught up, and is consumed before the measured
     * {@code lagSeconds} at the full rate begin; only those are counted. Kafka's EndToEndLatency
     * then runs on the same broker while the registrations go on at the same rate, from 5 s after
     * the measured minute: beside it rather than inside it, because its closed loop of synchronous
     * sends is itself a load that would take a core of this two-core machine away from the
     * pipeline it is compared with.
     */
    private void eventLag() throws Exception {
        Map<String, Long> pending = new ConcurrentHashMap<>();
        Map<String, Boolean> measured = new ConcurrentHashMap<>();
        List<LagSample> lags = Collections.synchronizedList(new ArrayList<>());
        List<Long> lookups = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        int warmupCalls = LAG_WARMUP_RATE * LAG_WARMUP_SECONDS / LAG_ROWS_PER_CALL;
        int measuredEnd = warmupCalls + LAG_RATE * LAG_SECONDS / LAG_ROWS_PER_CALL;
        int kafkaStart = measuredEnd + LAG_RATE * KAFKA_START_DELAY_SECONDS / LAG_ROWS_PER_CALL;
        int lastCall = kafkaStart + LAG_RATE * (int) KAFKA_PHASE_LIMIT.toSeconds() / LAG_ROWS_PER_CALL;
        Thread poller = new Thread(() -> poll(pending, measured, lags, lookups), "lag-poller");
        poller.setDaemon(true);
        poller.start();
        String run = UUID.randomUUID().toString().substring(0, 6);
        long interval = 1_000_000_000L * LAG_ROWS_PER_CALL / LAG_WARMUP_RATE;
        long phaseStarted = System.nanoTime();
        int phaseFirstCall = 0;
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        long measuredFrom = 0;
        double writeSeconds = 0;
        KafkaEndToEndLatency kafka = null;
        for (int call = 0; call < lastCall && (kafka == null || kafka.isAlive()); call++) {
            if (call == warmupCalls) {
                awaitVisible(pending);
                report.put("lagWarmupConsumed", QuietSuite.await("enterprise", "enterprise.events"));
                interval = 1_000_000_000L * LAG_ROWS_PER_CALL / LAG_RATE;
                phaseStarted = System.nanoTime();
                phaseFirstCall = call;
                measuredFrom = phaseStarted;
            }
            if (call == measuredEnd) {
                writeSeconds = (System.nanoTime() - measuredFrom) / 1e9;
            }
            if (call == kafkaStart) {
                kafka = KafkaEndToEndLatency.start(KAFKA_MESSAGES, Path.of("target", "bench", "kafka-e2e-latency.log"));
            }
            long wait = phaseStarted + (call - phaseFirstCall) * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            ImportRows rows = new ImportRows(LAG_ROWS_PER_CALL, "指标时延基准" + run + "_" + call + "_");
            boolean counted = call >= warmupCalls && call < measuredEnd;
            writes.add(http.sendAsync(post("/api/v1/enterprises/bulk", writer, "text/csv; charset=UTF-8", rows.csv()),
                    HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                        long written = System.nanoTime();
                        if (error == null && response.statusCode() == 200) {
                            for (String uscc : rows.usccs()) {
                                measured.put(uscc, counted);
                                pending.put(uscc, written);
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        awaitVisible(pending);
        poller.interrupt();
        assertEquals(0, failed.get(), "bulk registrations without a 200");
        assertTrue(pending.isEmpty(), pending.size() + " registrations never became visible in indicator-service");
        report.put("lagTargetRatePerSecond", LAG_RATE);
        report.put("lagAchievedRatePerSecond", Math.round((measuredEnd - warmupCalls) * LAG_ROWS_PER_CALL / writeSeconds));
        report.put("lagRowsPerCall", LAG_ROWS_PER_CALL);
        report.put("lagPollMillis", LAG_POLL_MILLIS);
        List<LagSample> counted;
        synchronized (lags) {
            counted = new ArrayList<>(lags);
        }
        report.put("lagEvents", counted.size());
        report.put("eventLagMs", percentiles(counted.stream().map(LagSample::lag).toList()));
        report.put("eventLagP99MsBy10Seconds", p99By10Seconds(counted, measuredFrom));
        synchronized (lookups) {
            report.put("lagLookupMs", percentiles(lookups));
        }
        progress();
        assertNotNull(kafka, "Kafka's EndToEndLatency never started");
        Map<String, Object> kafkaFigures = kafka.figures();
        kafkaFigures.put("duringRegistrationsPerSecond", LAG_RATE);
        report.put("kafkaEndToEndLatencyMs", kafkaFigures);
    }

    /** A registration's lag, with when its call was answered, both in nanoseconds. */
    private record LagSample(long written, long lag) {
    }

    /** The lag's p99 for the registrations answered in each 10 s of the measured minute, in order. */
    private static List<Double> p99By10Seconds(List<LagSample> samples, long from) {
        Map<Long, List<Long>> buckets = new TreeMap<>();
        for (LagSample sample : samples) {
            buckets.computeIfAbsent(Math.max(0, sample.written() - from) / 10_000_000_000L, k -> new ArrayList<>())
                    .add(sample.lag());
        }
        return buckets.values().stream().map(lags -> round(percentile(lags, 99))).toList();
    }

    /** Waits, at most {@code GIVE_UP}, until the poller has seen every registration. */
    private static void awaitVisible(Map<String, Long> pending) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void poll(Map<String, Long> pending, Map<String, Boolean> measured, List<LagSample> lags,
                      List<Long> lookups) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<String> waiting = pending.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .limit(LOOKUP).map(Map.Entry::getKey).toList();
                if (!waiting.isEmpty()) {
                    long asked = System.nanoTime();
                    HttpResponse<String> response = http.send(get(lookupPath(waiting), statistician),
                            HttpResponse.BodyHandlers.ofString());
                    long seen = System.nanoTime();
                    lookups.add(seen - asked);
                    if (response.statusCode() == 200) {
                        Matcher found = LOOKUP_USCC.matcher(response.body());
                        while (found.find()) {
                            String uscc = found.group(1);
                            Long written = pending.remove(uscc);
                            if (written != null && Boolean.TRUE.equals(measured.remove(uscc))) {
                                lags.add(new LagSample(written, seen - written));
                            }
                        }
                    }
                }
                Thread.sleep(LAG_POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }

    private record Timed(long nanos, String body) {
    }

    private Timed timed(HttpRequest request, int expected) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        assertEquals(expected, response.statusCode(), response.body());
        return new Timed(nanos, response.body());
    }

    private static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build();
    }

    private static HttpRequest post(String path, String token, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> percentiles(List<Long> nanos) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("n", nanos.size());
        figures.put("p50", round(percentile(nanos, 50)));
        figures.put("p90", round(percentile(nanos, 90)));
        figures.put("p99", round(percentile(nanos, 99)));
        figures.put("max", round(percentile(nanos, 100)));
        return figures;
    }

    /** In milliseconds. */
    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + json(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        return String.valueOf(value);
    }
}
