package io.parksuite.e2e.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sends requests at a fixed rate, each at its planned time whatever the answers before it (open
 * loop), so that a stall shows in every request it delays instead of slowing the sender down. A
 * request that went out on a kept-alive connection the gateway was closing is sent once more when
 * that is safe (a read, or a write with an {@code Idempotency-Key}); its time counts from the plan.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** One request's answer: nanoseconds from its planned time, and the wall-clock instant it came. */
    record Answer(long nanos, Instant at) {
    }

    /**
     * Sends {@code count} requests at {@code perSecond}, checks each answer's status and returns each
     * one's nanoseconds from its planned time to its answer, in sending order.
     */
    static List<Long> send(HttpClient http, int perSecond, int count, IntFunction<HttpRequest> requests,
                           int expectedStatus) throws Exception {
        return answers(http, perSecond, count, requests, expectedStatus).stream().map(Answer::nanos).toList();
    }

    /** As {@link #send}, with the instant each answer came. */
    static List<Answer> answers(HttpClient http, int perSecond, int count, IntFunction<HttpRequest> requests,
                                int expectedStatus) throws Exception {
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        List<CompletableFuture<Answer>> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long planned = start + i * interval;
            LockSupport.parkNanos(planned - System.nanoTime());
            HttpRequest request = requests.apply(i);
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).exceptionallyCompose(failure ->
                    resendable(request, failure)
                            ? http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                            : CompletableFuture.failedFuture(failure)).thenApply(response -> {
                Instant at = Instant.now();
                assertEquals(expectedStatus, response.statusCode(), response.body());
                return new Answer(System.nanoTime() - planned, at);
            }));
        }
        List<Answer> all = new ArrayList<>(count);
        for (CompletableFuture<Answer> answer : answers) {
            all.add(answer.get(60, TimeUnit.SECONDS));
        }
        return all;
    }

    private static boolean resendable(HttpRequest request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        boolean idempotent = request.method().equals("GET") || request.headers().firstValue("Idempotency-Key").isPresent();
        return idempotent && cause instanceof IOException;
    }
}
