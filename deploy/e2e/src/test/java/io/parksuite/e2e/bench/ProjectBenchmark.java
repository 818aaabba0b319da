package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * The investment pipeline at park scale: {@code bench.projects} projects (default 10,000) with
 * {@code bench.months} months of completed fixed-asset investment each (default 60, five years:
 * 600,000 monthly records), seeded through the gateway with the bulk project import and the bulk
 * investment report, then the pipeline board (unfiltered, by chain, year and officer) and the KPIs
 * (per period, grouped by chain and by officer, over five years) read through the gateway and
 * directly from project-service in alternating rounds of the same run, for p50/p99 and the
 * gateway/direct ratio. The data is tagged by its scale and generated deterministically, each
 * upload with an Idempotency-Key, so a later run finds it (or completes it) instead of adding more.
 * Run by {@code deploy/suite bench}; asserts the figures' correctness, never timings.
 */
@Tag("bench")
class ProjectBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final String DIRECT = Optional.ofNullable(System.getenv("PROJECT_URL"))
            .filter(url -> !url.isBlank()).orElse("http://127.0.0.1:8082");
    private static final int PROJECTS = Integer.getInteger("bench.projects", 10_000);
    private static final int MONTHS = Integer.getInteger("bench.months", 60);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 100);
    private static final int ROUNDS = 3;
    private static final int THREADS = 2;
    private static final int SEED_CALLERS = 3;
    private static final int PROJECTS_PER_IMPORT = 1_000;
    private static final int ROWS_PER_REPORT = 6_000;
    private static final int OFFICERS = 20;
    private static final String TOPIC = "project.events";
    private static final String TAG = "P" + PROJECTS + "M" + MONTHS;
    private static final String NAME_PREFIX = "基准项目-" + TAG + "-";
    private static final LocalDate FIRST_SIGNING = LocalDate.of(2020, 1, 1);
    private static final int SIGNING_DAYS = 1827;
    private static final YearMonth LAST_MONTH = YearMonth.of(2025, 12);
    private static final List<String> CHAINS = List.of("NONFERROUS_ADVANCED_MANUFACTURING", "FOOD_PROCESSING",
            "ELECTRONIC_INFORMATION", "THIRD_GENERATION_SEMICONDUCTORS", "ARTIFICIAL_INTELLIGENCE", "INDUSTRIAL_INTERNET",
            "BIOMEDICINE", "INTEGRATED_CIRCUITS");
    private static final List<String> STREETS = List.of("BAISHAZHOU", "HUANGJINYUAN", "JINSHANQIAO", "WUSHAN");
    private static final List<String> INVESTOR_TYPES = List.of("FORTUNE_500", "LISTED", "LEADING", "OTHER");
    private static final BigDecimal FAI_THRESHOLD = BigDecimal.valueOf(5_000_000);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String officerToken = TestTokens.forClient("investment-officer", "bench-project");
    private final String leaderToken = TestTokens.forClient("park-leader", "bench-project");

    @Test
    void boardAndKpisAtParkScale() throws Exception {
        Map<String, Object> seed = new LinkedHashMap<>();
        List<String> ids = seedProjects(seed);
        seedInvestments(ids, seed);
        seed.putAll(QuietSuite.await("project", TOPIC));
        checkFigures(ids);

        Random random = new Random(7);
        Map<String, IntFunction<String>> scenarios = new LinkedHashMap<>();
        List<String> board = new ArrayList<>();
        List<String> boardChain = new ArrayList<>();
        List<String> boardYear = new ArrayList<>();
        List<String> boardOfficer = new ArrayList<>();
        List<String> kpisPeriod = new ArrayList<>();
        List<String> kpisChain = new ArrayList<>();
        List<String> kpisOfficer = new ArrayList<>();
        List<String> kpisFiveYears = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int year = 2021 + random.nextInt(5);
            String period = "from=" + year + "-01&to=" + year + "-12";
            board.add("/api/v1/projects/board");
            boardChain.add("/api/v1/projects/board?chain=" + CHAINS.get(random.nextInt(CHAINS.size())));
            boardYear.add("/api/v1/projects/board?year=" + (2020 + random.nextInt(5)));
            boardOfficer.add("/api/v1/projects/board?officer=" + encode(officer(random.nextInt(OFFICERS))));
            kpisPeriod.add("/api/v1/projects/kpis?" + period);
            kpisChain.add("/api/v1/projects/kpis?" + period + "&groupBy=CHAIN");
            kpisOfficer.add("/api/v1/projects/kpis?" + period + "&groupBy=OFFICER");
            kpisFiveYears.add("/api/v1/projects/kpis?from=" + LAST_MONTH.minusMonths(59) + "&to=" + LAST_MONTH);
        }
        scenarios.put("board", board::get);
        scenarios.put("board-by-chain", boardChain::get);
        scenarios.put("board-by-year", boardYear::get);
        scenarios.put("board-by-officer", boardOfficer::get);
        scenarios.put("kpis-year", kpisPeriod::get);
        scenarios.put("kpis-year-per-chain", kpisChain::get);
        scenarios.put("kpis-year-per-officer", kpisOfficer::get);
        scenarios.put("kpis-five-years", kpisFiveYears::get);

        run(GATEWAY, board::get, 20);
        run(DIRECT, kpisPeriod::get, 20);
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, IntFunction<String>> scenario : scenarios.entrySet()) {
                latencies.computeIfAbsent(scenario.getKey() + " gateway", k -> new ArrayList<>())
                        .addAll(run(GATEWAY, scenario.getValue(), REQUESTS));
                latencies.computeIfAbsent(scenario.getKey() + " direct", k -> new ArrayList<>())
                        .addAll(run(DIRECT, scenario.getValue(), REQUESTS));
            }
        }

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "{\"projects\": %d, \"months\": %d, \"monthlyRecords\": %d, \"tag\": \"%s\", \"threads\": %d, "
                        + "\"requestsPerScenario\": %d, \"seed\": %s, \"scenarios\": {",
                PROJECTS, MONTHS, (long) PROJECTS * MONTHS, TAG, THREADS, REQUESTS * ROUNDS, json(seed)));
        boolean first = true;
        for (String scenario : scenarios.keySet()) {
            List<Long> gateway = latencies.get(scenario + " gateway");
            List<Long> direct = latencies.get(scenario + " direct");
            String line = String.format(Locale.ROOT, "\"%s\": {\"gatewayP50Ms\": %.1f, \"gatewayP99Ms\": %.1f, "
                            + "\"directP50Ms\": %.1f, \"directP99Ms\": %.1f, \"gatewayOverDirectP50\": %.2f, "
                            + "\"gatewayOverDirectP99\": %.2f}", scenario, p(gateway, 50), p(gateway, 99), p(direct, 50),
                    p(direct, 99), p(gateway, 50) / p(direct, 50), p(gateway, 99) / p(direct, 99));
            System.out.println("BENCH project " + line);
            report.append(first ? "" : ", ").append(line);
            first = false;
        }
        report.append("}}");
        System.out.println("BENCH project seed " + json(seed));
        Path out = Path.of("target", "bench", "project.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    // ---- seed ------------------------------------------------------------------------------------

    /** Imports the tagged projects that are missing (each batch once, by its Idempotency-Key); returns their ids by number. */
    private List<String> seedProjects(Map<String, Object> seed) throws Exception {
        long found = get(GATEWAY, "/api/v1/projects?size=1&q=" + encode(NAME_PREFIX)).getLong("total");
        if (found < PROJECTS) {
            long start = System.nanoTime();
            List<Integer> batches = new ArrayList<>();
            for (int from = 0; from < PROJECTS; from += PROJECTS_PER_IMPORT) {
                batches.add(from);
            }
            parallel(batches, from -> {
                StringBuilder body = new StringBuilder("[");
                for (int n = from; n < Math.min(PROJECTS, from + PROJECTS_PER_IMPORT); n++) {
                    body.append(n == from ? "" : ",").append(importRow(n));
                }
                post("/api/v1/projects/bulk", "bench-projects-" + TAG + "-" + from, body.append("]").toString());
            });
            seed.put("projectImportSeconds", seconds(start));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; items.size() < PROJECTS; page++) {
            List<Map<String, Object>> more = get(GATEWAY, "/api/v1/projects?size=200&sort=name&page=" + page + "&q="
                    + encode(NAME_PREFIX)).getList("items");
            if (more.isEmpty()) {
                break;
            }
            items.addAll(more);
        }
        assertEquals(PROJECTS, items.size(), "tagged projects " + TAG);
        items.sort(Comparator.comparing(item -> (String) item.get("name")));
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < PROJECTS; n++) {
            assertEquals(name(n), items.get(n).get("name"));
            ids.add((String) items.get(n).get("id"));
        }
        seed.put("projectsFound", found);
        return ids;
    }

    /** Reports the months of every tagged project, unless the last project already has them all. */
    private void seedInvestments(List<String> ids, Map<String, Object> seed) throws Exception {
        int perCall = Math.max(1, ROWS_PER_REPORT / MONTHS);
        boolean complete = get(GATEWAY, "/api/v1/projects/" + ids.get(PROJECTS - 1) + "/investments")
                .getList("$").size() == MONTHS && get(GATEWAY, "/api/v1/projects/" + ids.get(0) + "/investments")
                .getList("$").size() == MONTHS;
        seed.put("investmentsFound", complete);
        if (complete) {
            return;
        }
        long start = System.nanoTime();
        List<Integer> batches = new ArrayList<>();
        for (int from = 0; from < PROJECTS; from += perCall) {
            batches.add(from);
        }
        parallel(batches, from -> {
            StringBuilder body = new StringBuilder("[");
            boolean firstRow = true;
            for (int n = from; n < Math.min(PROJECTS, from + perCall); n++) {
                for (int m = 0; m < MONTHS; m++) {
                    body.append(firstRow ? "" : ",").append("{\"projectId\":\"").append(ids.get(n))
                            .append("\",\"period\":\"").append(period(m)).append("\",\"completedYuan\":")
                            .append(monthly(n, m)).append('}');
                    firstRow = false;
                }
            }
            post("/api/v1/projects/investments/bulk", "bench-investments-" + TAG + "-" + from, body.append("]").toString());
        });
        double seconds = seconds(start);
        seed.put("investmentReportSeconds", seconds);
        seed.put("investmentRowsPerSecond", Math.round((double) PROJECTS * MONTHS / seconds));
    }

    /** The figures for one tagged officer are what the generated data says they must be. */
    private void checkFigures(List<String> ids) throws Exception {
        int officer = 3;
        int year = 2022;
        long projects = 0;
        long signedInYear = 0;
        long inProduction = 0;
        BigDecimal fai = BigDecimal.ZERO;
        for (int n = 0; n < PROJECTS; n++) {
            if (officerOf(n) != officer) {
                continue;
            }
            projects++;
            signedInYear += signedOn(n).getYear() == year ? 1 : 0;
            inProduction += n % 10 >= 4 && n % 10 <= 6 ? 1 : 0;
            if (planned(n).compareTo(FAI_THRESHOLD) >= 0) {
                for (int m = 0; m < MONTHS; m++) {
                    if (period(m).getYear() == year) {
                        fai = fai.add(BigDecimal.valueOf(monthly(n, m)));
                    }
                }
            }
        }
        JsonPath board = get(GATEWAY, "/api/v1/projects/board?officer=" + encode(officer(officer)));
        assertEquals(projects, board.getLong("projects"));
        assertEquals(inProduction, board.getLong("stages.find { it.stage == 'PRODUCTION' }.projects"));
        JsonPath kpis = get(GATEWAY, "/api/v1/projects/kpis?from=" + year + "-01&to=" + year + "-12&officer="
                + encode(officer(officer))).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(signedInYear, kpis.getLong("total.signed"));
        BigDecimal reported = kpis.get("total.faiCompletedYuan");
        assertEquals(0, fai.compareTo(reported), "FAI of " + officer(officer) + " in " + year + ": " + reported + ", expected " + fai);
        assertEquals(MONTHS, get(GATEWAY, "/api/v1/projects/" + ids.get(PROJECTS / 2) + "/investments").getList("$").size());
    }

    private static String importRow(int n) {
        LocalDate signed = signedOn(n);
        String history = switch (n % 10) {
            case 0 -> "";
            case 1 -> step("APPROVING", signed.plusDays(20), null);
            case 2, 3 -> step("CONSTRUCTION", signed.plusDays(60), "先建后验");
            case 4, 5, 6 -> step("CONSTRUCTION", signed.plusDays(60), "先建后验") + ","
                    + step("PRODUCTION", signed.plusDays(300), null);
            case 7 -> step("CONSTRUCTION", signed.plusDays(60), "先建后验") + "," + step("PRODUCTION", signed.plusDays(300), null)
                    + "," + step("FULL_PRODUCTION", signed.plusDays(500), null);
            case 8 -> step("STALLED", signed.plusDays(90), null);
            default -> step("TERMINATED", signed.plusDays(120), null);
        };
        return """
                {"project":{"name":"%s","investor":{"name":"基准投资方%05d","type":"%s"},"chainCode":"%s",\
                "plannedInvestmentYuan":%s,"streetCode":"%s","officer":"%s","buildBeforeApproval":true,\
                "stage":"SIGNED","stageDate":"%s"},"history":[%s]}""".formatted(name(n), n,
                INVESTOR_TYPES.get(n % INVESTOR_TYPES.size()), CHAINS.get((n / 3) % CHAINS.size()), planned(n).toPlainString(),
                STREETS.get(n % STREETS.size()), officer(officerOf(n)), signed, history);
    }

    private static String step(String to, LocalDate on, String skipReason) {
        return "{\"to\":\"" + to + "\",\"date\":\"" + on + "\"" + (skipReason == null ? "" : ",\"skipReason\":\"" + skipReason + "\"")
                + "}";
    }

    private static String name(int n) {
        return NAME_PREFIX + String.format(Locale.ROOT, "%05d", n);
    }

    private static int officerOf(int n) {
        return (n / 7) % OFFICERS;
    }

    private static String officer(int k) {
        return "基准专员" + TAG + "-" + String.format(Locale.ROOT, "%02d", k);
    }

    private static LocalDate signedOn(int n) {
        return FIRST_SIGNING.plusDays((n * 7919L) % SIGNING_DAYS);
    }

    private static BigDecimal planned(int n) {
        return n % 25 == 0 ? BigDecimal.valueOf(3_000_000) : BigDecimal.valueOf(((n % 50) + 1) * 20_000_000L);
    }

    private static YearMonth period(int m) {
        return LAST_MONTH.minusMonths(MONTHS - 1 - m);
    }

    private static long monthly(int n, int m) {
        return ((n % 13) + 1) * 100_000L + m * 1_000L;
    }

    // ---- measuring -------------------------------------------------------------------------------

    private List<Long> run(String base, IntFunction<String> paths, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    List<Long> nanos = new ArrayList<>();
                    for (int i = thread; i < requests; i += THREADS) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + paths.apply(i)))
                                .header("Authorization", "Bearer " + leaderToken).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        nanos.add(System.nanoTime() - sent);
                        assertEquals(200, response.statusCode(), paths.apply(i) + ": " + response.body());
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private interface Batch {
        void send(int from) throws Exception;
    }

    private static void parallel(List<Integer> batches, Batch batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEED_CALLERS);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int from : batches) {
                calls.add(pool.submit(() -> {
                    batch.send(from);
                    return null;
                }));
            }
            for (Future<Object> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void post(String path, String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + officerToken).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
    }

    private JsonPath get(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + leaderToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JsonPath.from(response.body());
    }

    /** One figure read from a service's own database (the suite's DB_PASSWORD); read-only. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    private static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ")
                .append(value));
        return json.append('}').toString();
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
