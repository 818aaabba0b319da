package io.parksuite.chaos.support;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes to the enterprise registry through the gateway outside the steady load: bulk
 * registrations that build a backlog, and master-data updates that raise an enterprise's version.
 */
public final class Registry {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int BULK_ROWS = 1_000;

    private Registry() {
    }

    /** Registers {@code count} new enterprises in bulk uploads; returns their USCCs (all accepted, or it fails). */
    public static Set<String> registerInBulk(int count) {
        Set<String> usccs = new LinkedHashSet<>();
        String token = SuiteTokens.forClient("park-admin", "chaos-bulk");
        for (int done = 0; done < count; done += BULK_ROWS) {
            List<String> batch = new ArrayList<>();
            while (batch.size() < Math.min(BULK_ROWS, count - done)) {
                batch.add(TestUscc.random());
            }
            StringBuilder csv = new StringBuilder("uscc,name\n");
            batch.forEach(uscc -> csv.append(uscc).append(",积压测试企业 ").append(uscc).append('\n'));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/enterprises/bulk"))
                    .timeout(Duration.ofMinutes(3))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("bulk registration answered " + response.statusCode() + ": " + response.body());
            }
            usccs.addAll(batch);
        }
        return usccs;
    }

    /** Renames an enterprise (one PUT with the ETag read first), raising its version by one. */
    public static void rename(String uscc, String name) {
        String token = SuiteTokens.forClient("park-admin", "chaos-update");
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/v1/enterprises/" + uscc))
                .header("Authorization", "Bearer " + token).GET().build());
        if (read.statusCode() != 200) {
            throw new IllegalStateException("GET " + uscc + " answered " + read.statusCode());
        }
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> update = send(HttpRequest.newBuilder(uri("/api/v1/enterprises/" + uscc))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"uscc\": \"%s\", \"name\": \"%s\"}".formatted(uscc, name)))
                .build());
        if (update.statusCode() != 200) {
            throw new IllegalStateException("PUT " + uscc + " answered " + update.statusCode() + ": " + update.body());
        }
    }

    private static URI uri(String path) {
        return URI.create(Chaos.gatewayUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
