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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval desk under load, through the gateway: (1) submit → accept → conclude of
 * {@code bench.applications} single-item applications by {@code bench.concurrency} clients at once, with
 * latency per step and throughput; (2) the reminder scan over {@code bench.openApplications} (100,000)
 * open applications seeded straight into approval-service's database (psql, the suite's DB_PASSWORD):
 * {@code bench.scanRuns} first scans (each creating the reminders due, after the previous run's reminders
 * are removed and its events published) and a repeat scan (creating none), then the seeded rows are
 * removed. Leftovers of an interrupted run are removed first; every application it submits is new.
 * Run by {@code deploy/suite bench}; reports figures, asserts correctness only.
 */
@Tag("bench")
class ApprovalBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int COUNT = Integer.getInteger("bench.applications", 300);
    private static final int OPEN = Integer.getInteger("bench.openApplications", 100_000);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    private static final int SCAN_RUNS = Integer.getInteger("bench.scanRuns", 3);
    private static final String ITEM = "SCJG-001";
    private static final String DEPT = "market-regulation";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String manager = TestTokens.forClient("service-manager", "bench-approval");
    private final String officer = TestTokens.forOfficer(DEPT);

    @Test
    void submitAcceptConcludeThroughputAndReminderScan() throws Exception {
        send("POST", "/api/v1/approval/service-items/bulk", manager, "application/json",
                Files.readAllBytes(Path.of("../demo/data/approval-service-items.json")), 200);

        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        List<Long> submit = Collections.synchronizedList(new ArrayList<>());
        List<Long> accept = Collections.synchronizedList(new ArrayList<>());
        List<Long> conclude = Collections.synchronizedList(new ArrayList<>());
        double seconds;
        try {
            List<Future<String>> drafts = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                int n = i;
                drafts.add(pool.submit(() -> prepare(n)));
            }
            List<String> ready = new ArrayList<>();
            for (Future<String> draft : drafts) {
                ready.add(draft.get());
            }
            long started = System.nanoTime();
            List<Future<?>> flows = new ArrayList<>();
            for (String id : ready) {
                flows.add(pool.submit(() -> {
                    flow(id, submit, accept, conclude);
                    return null;
                }));
            }
            for (Future<?> flow : flows) {
                flow.get();
            }
            seconds = (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdownNow();
        }

        removeSeeded();
        seedOpenApplications();
        try {
            List<Double> firstScans = new ArrayList<>();
            String first = null;
            for (int run = 0; run < SCAN_RUNS; run++) {
                if (run > 0) {
                    psql("delete from reminder where application_id in "
                            + "(select id from application where reference_number like 'BENCH%');");
                }
                awaitOutboxPublished();
                long s0 = System.nanoTime();
                first = send("POST", "/api/v1/approval/reminders/scan", manager, "application/json", new byte[0], 200);
                firstScans.add((System.nanoTime() - s0) / 1e9);
                assertTrue(!first.contains("\"remindersCreated\":0"), first);
            }
            awaitOutboxPublished();
            long s1 = System.nanoTime();
            String second = send("POST", "/api/v1/approval/reminders/scan", manager, "application/json", new byte[0], 200);
            long s2 = System.nanoTime();
            assertTrue(second.contains("\"remindersCreated\":0"), second);
            List<Double> sorted = firstScans.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            String report = String.format(Locale.ROOT, """
                            {"applications": %d, "concurrency": %d, "wallSeconds": %.1f, "concludedPerSecond": %.1f,
                             "submitMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "acceptMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "concludeMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "openApplications": %d, "firstScanRunsSeconds": %s, "firstScanMedianSeconds": %.2f,
                             "firstScan": %s, "repeatScanSeconds": %.2f}
                            """, COUNT, CONCURRENCY, seconds, COUNT / seconds,
                    p(submit, 50), p(submit, 90), p(submit, 99), p(accept, 50), p(accept, 90), p(accept, 99),
                    p(conclude, 50), p(conclude, 90), p(conclude, 99), OPEN,
                    firstScans.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList(), median, first.strip(),
                    (s2 - s1) / 1e9);
            System.out.println("BENCH approval " + report.replaceAll("\\s+", " ").trim());
            Path out = Path.of("target", "bench", "approval.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            removeSeeded();
        }
    }

    /** Submit (enterprise) → accept (officer) → approve the one department task (officer), timing each step. */
    private void flow(String id, List<Long> submit, List<Long> accept, List<Long> conclude)
            throws IOException, InterruptedException {
        String token = enterpriseToken.get(id);
        long t0 = System.nanoTime();
        send("POST", "/api/v1/approval/applications/" + id + "/submit", token, "application/json", new byte[0], 200);
        long t1 = System.nanoTime();
        String accepted = send("POST", "/api/v1/approval/applications/" + id + "/accept", officer, "application/json",
                new byte[0], 200);
        long t2 = System.nanoTime();
        String task = taskId(accepted);
        String decided = send("POST", "/api/v1/approval/applications/" + id + "/tasks/" + task + "/decision", officer,
                "application/json", "{\"decision\":\"APPROVED\"}".getBytes(StandardCharsets.UTF_8), 200);
        long t3 = System.nanoTime();
        assertTrue(decided.contains("\"result\":\"approved\""), decided);
        submit.add(t1 - t0);
        accept.add(t2 - t1);
        conclude.add(t3 - t2);
    }

    /** Waits until the relay has published every event so far, so that a timed scan does not compete with it. */
    private void awaitOutboxPublished() throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!"0".equals(psqlValue("select count(*) from outbox_event where published_at is null"))) {
            assertTrue(System.nanoTime() < until, "outbox not published within 5 minutes");
            Thread.sleep(500);
        }
    }

    /** Seeded rows of this or an interrupted earlier run, with what the scans created for them. */
    private static void removeSeeded() throws IOException, InterruptedException {
        psql("""
                delete from reminder where application_id in (select id from application where reference_number like 'BENCH%');
                delete from application_task where application_id in (select id from application where reference_number like 'BENCH%');
                delete from application where reference_number like 'BENCH%';""");
    }

    private final Map<String, String> enterpriseToken = new ConcurrentHashMap<>();

    /** A draft with its main materials on file, ready to hand in. */
    private String prepare(int i) throws IOException, InterruptedException {
        String uscc = TestUscc.random();
        String token = TestTokens.forEnterprise(uscc);
        String created = send("POST", "/api/v1/approval/applications", token, "application/json", """
                {"itemCode":"%s","applicantName":"基准测试企业%d","formData":{"enterpriseName":"基准测试企业%d",
                 "legalRepresentative":"张示例","contactPhone":"0731-88000000","address":"长沙市望城区"}}"""
                .formatted(ITEM, i, i).getBytes(StandardCharsets.UTF_8), 201);
        Matcher matcher = ID.matcher(created);
        assertTrue(matcher.find(), created);
        String id = matcher.group(1);
        for (String code : List.of("scjg-001-application", "id-card-legal-rep")) {
            send("POST", "/api/v1/approval/applications/" + id + "/materials?code=" + code, token, "application/pdf", PDF, 201);
        }
        enterpriseToken.put(id, token);
        return id;
    }

    private static String taskId(String application) {
        int tasks = application.indexOf("\"tasks\":[");
        Matcher matcher = ID.matcher(application);
        assertTrue(tasks >= 0 && matcher.find(tasks), application);
        return matcher.group(1);
    }

    private void seedOpenApplications() throws IOException, InterruptedException {
        psql("""
                insert into application (id, reference_number, item_code, applicant_person_id, applicant_name, channel, status,
                    form_data, notify_commitment, build_first, created_at, submitted_at, intake_date, acceptance, accepted_at,
                    accepted_on, promised_limit_days, statutory_limit_days, department_list, promised_deadline,
                    statutory_deadline, pauses,
                    deficiency, deficiency_due_on, visits, rated, supplement_requested, updated_at, version)
                select gen_random_uuid(), 'BENCH' || lpad(g::text, 9, '0'), '%s', 'bench-' || g, '基准测试企业' || g, 'ONLINE',
                    'IN_REVIEW', '{}'::jsonb, false, false, now(), now(), current_date, 'ACCEPTED', now(), current_date, 20, 20,
                    ',%s,', current_date + (g %% 60), current_date + (g %% 60) + 20, '[]'::jsonb,
                    case when g %% 10 = 0 then jsonb_build_object('missingMaterialCodes', jsonb_build_array('business-licence'),
                        'commitment', '承诺', 'dueOn', current_date + (g %% 30), 'resolved', false) end,
                    case when g %% 10 = 0 then current_date + (g %% 30) end, 0, false, false, now(), 0
                from generate_series(1, %d) g;
                insert into application_task (id, application_id, department, item_codes, status, promised_limit_days,
                    statutory_limit_days, promised_deadline, statutory_deadline, version)
                select gen_random_uuid(), id, '%s', '["%s"]'::jsonb, 'PENDING', 20, 20, promised_deadline, statutory_deadline, 0
                from application where reference_number like 'BENCH%%';
                analyze application; analyze application_task;""".formatted(ITEM, DEPT, OPEN, DEPT, ITEM));
    }

    private static void psql(String sql) throws IOException, InterruptedException {
        psqlValue(sql);
    }

    private static String psqlValue(String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-q", "-At", "-h",
                Optional.ofNullable(System.getenv("DB_HOST")).orElse("127.0.0.1"), "-U", "approval", "-d", "approval",
                "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse(""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.strip();
    }

    private String send(String method, String path, String token, String contentType, byte[] body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body();
    }

    private static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
