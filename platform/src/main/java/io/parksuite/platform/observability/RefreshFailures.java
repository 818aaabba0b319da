package io.parksuite.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a failing scheduled refresh of the gauges visible: the alerts read those gauges, and a
 * refresh that keeps failing would freeze them at their last value unnoticed. Each failure counts
 * in {@code parksuite_metrics_refresh_failures_total{kind}}; a WARN line is written at most once a
 * minute per kind while the failures go on, and at DEBUG once the service is shutting down.
 */
@ApplicationScoped
public class RefreshFailures {

    static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(RefreshFailures.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final ShutdownState shutdown;
    private final Map<String, Instant> lastWarned = new ConcurrentHashMap<>();

    @Inject
    public RefreshFailures(MeterRegistry registry, ShutdownState shutdown) {
        this(registry, Clock.systemUTC(), shutdown);
    }

    RefreshFailures(MeterRegistry registry, Clock clock, ShutdownState shutdown) {
        this.registry = registry;
        this.clock = clock;
        this.shutdown = shutdown;
    }

    /** Records that the refresh of {@code kind} (outbox, consumer-lag …) failed with {@code failure}. */
    public void failed(String kind, Throwable failure) {
        Counter.builder("parksuite.metrics.refresh.failures")
                .description("Scheduled refreshes of the platform's gauges that failed, by kind")
                .tag("kind", kind)
                .register(registry)
                .increment();
        if (shutdown.stopping()) {
            LOG.debugf("Metrics refresh of %s failed while shutting down: %s", kind, failure);
            return;
        }
        Instant now = clock.instant();
        Instant previous = lastWarned.get(kind);
        if (previous == null || !now.isBefore(previous.plus(WARN_EVERY))) {
            lastWarned.put(kind, now);
            LOG.warnf("Metrics refresh of %s failed; its gauges keep their last values until it succeeds: %s",
                    kind, failure.toString());
        }
    }

    public double count(String kind) {
        Counter counter = registry.find("parksuite.metrics.refresh.failures").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }
}
