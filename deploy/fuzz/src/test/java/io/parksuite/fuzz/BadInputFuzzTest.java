package io.parksuite.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends generated bad requests to every write operation of every service through the gateway,
 * with a token of a role allowed to call it, and requires each to be refused with a 4xx
 * problem+json; the service databases' tables (audit tables aside) must be unchanged afterwards.
 * Needs the running suite with the gateway's rate limits lifted, otherwise idle.
 * System properties: {@code fuzz.cases} (default 10000), {@code fuzz.seed} (default random,
 * printed), {@code fuzz.threads} (default 6), {@code fuzz.checkTables} (default true).
 */
class BadInputFuzzTest {

    private static final String GATEWAY = Optional.ofNullable(System.getenv("GATEWAY_URL")).filter(s -> !s.isBlank())
            .orElse("http://127.0.0.1:8080");
    private static final Path ROOT = Path.of(System.getProperty("fuzz.root", "../.."));
    private static final int CASES = Integer.getInteger("fuzz.cases", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", new Random().nextLong());
    private static final int THREADS = Integer.getInteger("fuzz.threads", 6);
    private static final boolean CHECK_TABLES = Boolean.parseBoolean(System.getProperty("fuzz.checkTables", "true"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyWriteOperationRefusesBadInputWithProblemJsonAndChangesNothing() throws Exception {
        Routes routes = new Routes();
        List<Operation> operations = ApiDocuments.load(http, GATEWAY, ROOT.resolve("contracts/security"), routes);
        System.out.printf("FUZZ %d write operations, %d cases, seed %d (-Dfuzz.seed=%d repeats this run)%n",
                operations.size(), CASES, SEED, SEED);
        Map<String, String> before = CHECK_TABLES ? TableChecksums.take(ROOT.resolve(".state")) : Map.of();

        Map<Operation, RandomGenerator<FuzzCase>> generators = new LinkedHashMap<>();
        operations.forEach(op -> generators.put(op, BadInputs.of(op).generator(1000)));
        FuzzReport report = new FuzzReport(routes);
        Random random = new Random(SEED);
        Semaphore inFlight = new Semaphore(THREADS);
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Operation op = operations.get(i % operations.size());
            FuzzCase fuzzCase = generators.get(op).next(random).value();
            inFlight.acquire();
            send(fuzzCase).whenComplete((response, error) -> {
                report.record(fuzzCase, response, error);
                inFlight.release();
            });
        }
        inFlight.acquire(THREADS);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> changed = CHECK_TABLES ? TableChecksums.differences(before, TableChecksums.take(ROOT.resolve(".state"))) : List.of();
        System.out.println(report.summary());
        System.out.printf("FUZZ %.1f s, %.0f cases/s; %d tables compared, %d changed%n", seconds, report.cases() / seconds,
                before.size(), changed.size());
        report.failures().stream().limit(100).forEach(f -> System.out.println("FUZZ FAIL " + f));
        changed.forEach(c -> System.out.println("FUZZ TABLE CHANGED " + c));
        Path out = Path.of("target", "fuzz-failures.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report.failures());

        assertTrue(report.cases() >= CASES, "every generated case was sent and judged");
        assertEquals(List.of(), changed, "tables changed by rejected requests");
        assertEquals(0, report.failures().size(), report.failures().size() + " bad answers (all in " + out.toAbsolutePath()
                + "), first: " + report.failures().stream().limit(5).toList());
    }

    private CompletableFuture<HttpResponse<byte[]>> send(FuzzCase fuzzCase) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + fuzzCase.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60))
                    .method(fuzzCase.method(), fuzzCase.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzzCase.body()));
            fuzzCase.headers().forEach(request::header);
            if (fuzzCase.contentType() != null) {
                request.header("Content-Type", fuzzCase.contentType());
            }
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
