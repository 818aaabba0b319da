package io.parksuite.e2e.bench;

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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Times the 10,000-row CSV import through the gateway, three times in one run, and reports each
 * and the median. Run by {@code deploy/suite bench}, never by the test tiers.
 */
@Tag("bench")
class EnterpriseImportBenchmark {

    private static final String GATEWAY = Optional.ofNullable(System.getenv("GATEWAY_URL"))
            .filter(url -> !url.isBlank()).orElse("http://127.0.0.1:8080");
    private static final int ROWS = 10_000;
    private static final int RUNS = 3;

    @Test
    void tenThousandRowImport() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.forClient("gov-system", "bench-import");
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            ImportRows rows = new ImportRows(ROWS, "基准导入" + run + "企业");
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/enterprises/bulk"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(rows.csv())).build(),
                    HttpResponse.BodyHandlers.ofString());
            seconds.add((System.nanoTime() - start) / 1e9);
            assertEquals(200, response.statusCode(), response.body());
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        String report = String.format(Locale.ROOT, "{\"rows\": %d, \"runsSeconds\": %s, \"medianSeconds\": %.2f}",
                ROWS, seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList(), sorted.get(RUNS / 2));
        System.out.println("BENCH enterprise-import " + report);
        Path out = Path.of("target", "bench", "enterprise-import.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
