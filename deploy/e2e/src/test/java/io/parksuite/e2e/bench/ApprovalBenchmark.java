package io.parksuite.e2e.bench;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval desk under load, through the gateway: (1) submit → accept → conclude of single-item
 * applications, one after another, with latency per step and throughput; (2) the reminder scan over
 * 100,000 open applications seeded straight into approval-service's database (psql, the suite's
 * DB_PASSWORD), first scan (creating the reminders due) and a repeat scan (creating none), then the
 * seeded rows are removed. Run by {@code deploy/suite bench}; reports figures, asserts correctness only.
 */
@Tag("bench")
class ApprovalBenchmark {

    private static final String GATEWAY = Optional.ofNullable(System.getenv("GATEWAY_URL"))
            .filter(url -> !url.isBlank()).orElse("http://127.0.0.1:8080");
    private static final int COUNT = Integer.getInteger("bench.applications", 300);
    private static final int OPEN = Integer.getInteger("bench.openApplications", 100_000);
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

        List<String> ready = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            ready.add(prepare(i));
        }
        List<Long> submit = new ArrayList<>();
        List<Long> accept = new ArrayList<>();
        List<Long> conclude = new ArrayList<>();
        long started = System.nanoTime();
        for (String id : ready) {
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
        double seconds = (System.nanoTime() - started) / 1e9;

        seedOpenApplications();
        try {
            long s0 = System.nanoTime();
            String first = send("POST", "/api/v1/approval/reminders/scan", manager, "application/json", new byte[0], 200);
            long s1 = System.nanoTime();
            String second = send("POST", "/api/v1/approval/reminders/scan", manager, "application/json", new byte[0], 200);
            long s2 = System.nanoTime();
            assertTrue(second.contains("\"remindersCreated\":0"), second);
            String report = String.format(Locale.ROOT, """
                            {"applications": %d, "wallSeconds": %.1f, "concludedPerSecond": %.1f,
                             "submitMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "acceptMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "concludeMs": {"p50": %.1f, "p90": %.1f, "p99": %.1f},
                             "openApplications": %d, "firstScanSeconds": %.2f, "firstScan": %s,
                             "repeatScanSeconds": %.2f}
                            """, COUNT, seconds, COUNT / seconds,
                    p(submit, 50), p(submit, 90), p(submit, 99), p(accept, 50), p(accept, 90), p(accept, 99),
                    p(conclude, 50), p(conclude, 90), p(conclude, 99), OPEN, (s1 - s0) / 1e9, first.strip(), (s2 - s1) / 1e9);
            System.out.println("BENCH approval " + report.replaceAll("\\s+", " ").trim());
            Path out = Path.of("target", "bench", "approval.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            psql("""
                    delete from reminder where application_id in (select id from application where reference_number like 'BENCH%');
                    delete from application_task where application_id in (select id from application where reference_number like 'BENCH%');
                    delete from application where reference_number like 'BENCH%';""");
        }
    }

    private final java.util.Map<String, String> enterpriseToken = new java.util.HashMap<>();

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
                    accepted_on, promised_limit_days, statutory_limit_days, department_list, promised_deadline, pauses,
                    deficiency, deficiency_due_on, visits, rated, supplement_requested, updated_at, version)
                select gen_random_uuid(), 'BENCH' || lpad(g::text, 9, '0'), '%s', 'bench-' || g, '基准测试企业' || g, 'ONLINE',
                    'IN_REVIEW', '{}'::jsonb, false, false, now(), now(), current_date, 'ACCEPTED', now(), current_date, 20, 20,
                    ',%s,', current_date + (g %% 60), '[]'::jsonb,
                    case when g %% 10 = 0 then jsonb_build_object('missingMaterialCodes', jsonb_build_array('business-licence'),
                        'commitment', '承诺', 'dueOn', current_date + (g %% 30), 'resolved', false) end,
                    case when g %% 10 = 0 then current_date + (g %% 30) end, 0, false, false, now(), 0
                from generate_series(1, %d) g;
                insert into application_task (id, application_id, department, item_codes, status, promised_limit_days,
                    statutory_limit_days, promised_deadline, version)
                select gen_random_uuid(), id, '%s', '["%s"]'::jsonb, 'PENDING', 20, 20, promised_deadline, 0
                from application where reference_number like 'BENCH%%';
                analyze application; analyze application_task;""".formatted(ITEM, DEPT, OPEN, DEPT, ITEM));
    }

    private static void psql(String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-q", "-h",
                Optional.ofNullable(System.getenv("DB_HOST")).orElse("127.0.0.1"), "-U", "approval", "-d", "approval",
                "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse(""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
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
