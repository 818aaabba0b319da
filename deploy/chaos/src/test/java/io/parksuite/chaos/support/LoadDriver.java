package io.parksuite.chaos.support;

import io.parksuite.testing.SuiteTokens;
import io.parksuite.testing.TestUscc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registers enterprises through the gateway at a steady rate, each with a fresh valid USCC and
 * its own {@code Idempotency-Key}. A refused or failed attempt (429, 502–504, a transport error)
 * is retried with the same key and body, after the answer's {@code Retry-After} or a growing
 * pause, until {@link #RETRY_WINDOW} has passed; any other answer is final. Every 2xx goes to
 * the {@link AcceptedWrites} record. The requests are spread over several client ids, each under
 * the gateway's per-client rate limit.
 */
public final class LoadDriver implements AutoCloseable {

    /** How long one registration keeps being retried before it counts as unconfirmed. */
    static final Duration RETRY_WINDOW = Duration.ofSeconds(45);
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final AcceptedWrites record = new AcceptedWrites();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final String gateway = Chaos.gatewayUrl();
    private ScheduledFuture<?> ticks;

    public AcceptedWrites record() {
        return record;
    }

    /** Starts writing {@code perSecond} registrations a second until {@link #stop()}. */
    public LoadDriver start(int perSecond) {
        long period = TimeUnit.SECONDS.toMicros(1) / perSecond;
        ticks = scheduler.scheduleAtFixedRate(this::registerOne, 0, period, TimeUnit.MICROSECONDS);
        return this;
    }

    /** Stops new writes and waits until every started one is accepted or given up. */
    public AcceptedWrites stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        long deadline = System.nanoTime() + RETRY_WINDOW.plusSeconds(15).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
        return record;
    }

    @Override
    public void close() {
        stop();
        scheduler.shutdownNow();
    }

    private void registerOne() {
        String uscc = TestUscc.random();
        String key = UUID.randomUUID().toString();
        String token = SuiteTokens.forClient("park-admin", "chaos-load-" + (1 + sent.getAndIncrement() % CLIENTS));
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/enterprises"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"uscc\": \"%s\", \"name\": \"故障注入测试企业 %s\"}".formatted(uscc, uscc)))
                .build();
        inFlight.incrementAndGet();
        attempt(uscc, request, System.nanoTime() + RETRY_WINDOW.toNanos(), 500);
    }

    private void attempt(String uscc, HttpRequest request, long deadline, long pauseMillis) {
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            int status = response == null ? 0 : response.statusCode();
            if (status >= 200 && status < 300) {
                record.accept(uscc);
                inFlight.decrementAndGet();
                return;
            }
            record.refused(status == 0 ? error.getClass().getSimpleName() : String.valueOf(status));
            boolean retryable = status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
            if (!retryable || System.nanoTime() > deadline) {
                record.giveUp(uscc);
                inFlight.decrementAndGet();
                return;
            }
            long pause = response == null ? pauseMillis : response.headers().firstValueAsLong("Retry-After")
                    .stream().map(TimeUnit.SECONDS::toMillis).findFirst().orElse(pauseMillis);
            scheduler.schedule(() -> attempt(uscc, request, deadline, Math.min(pauseMillis * 2, 4000)),
                    Math.min(pause, 5000), TimeUnit.MILLISECONDS);
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
