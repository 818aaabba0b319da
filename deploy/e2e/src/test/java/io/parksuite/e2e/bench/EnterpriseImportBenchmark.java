package io.parksuite.e2e.bench;

import io.parksuite.e2e.Gateway;
import io.parksuite.e2e.ImportRows;
import io.parksuite.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Times the 10,000-row CSV import through the gateway with the consumers running, three times in
 * one run, and after each answer how long until every consumer group of {@code enterprise.events}
 * had read the import's events; reports each run and the medians. Run by {@code deploy/suite
 * bench}, never by the test tiers.
 */
@Tag("bench")
class EnterpriseImportBenchmark {

    private static final String GATEWAY = Gateway.URL;
    private static final int ROWS = 10_000;
    private static final int RUNS = 3;
    private static final String TOPIC = "enterprise.events";

    @Test
    void tenThousandRowImport() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.forClient("gov-system", "bench-import");
        List<Double> seconds = new ArrayList<>();
        List<Double> caughtUp = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            QuietSuite.await("enterprise", TOPIC);
            ImportRows rows = new ImportRows(ROWS, "基准导入" + run + "企业");
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises/bulk"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(rows.csv())).build(),
                    HttpResponse.BodyHandlers.ofString());
            seconds.add((System.nanoTime() - start) / 1e9);
            assertEquals(200, response.statusCode(), response.body());
            Map<String, Object> consumers = QuietSuite.await("enterprise", TOPIC);
            assertEquals(true, consumers.get("consumersCaughtUp"), "consumers of " + TOPIC + ": " + consumers);
            caughtUp.add((Double) consumers.get("waitedSeconds"));
        }
        String report = String.format(Locale.ROOT, "{\"rows\": %d, \"runsSeconds\": %s, \"medianSeconds\": %.2f, "
                        + "\"consumersCaughtUpAfterAnswerSeconds\": %s, \"medianCaughtUpSeconds\": %.2f}",
                ROWS, twoDecimals(seconds), median(seconds), twoDecimals(caughtUp), median(caughtUp));
        System.out.println("BENCH enterprise-import " + report);
        Path out = Path.of("target", "bench", "enterprise-import.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static List<String> twoDecimals(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%.2f", value)).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
