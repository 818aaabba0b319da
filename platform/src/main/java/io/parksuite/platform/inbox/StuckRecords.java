package io.parksuite.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports batches that an idempotent consumer has held for longer than
 * {@code parksuite.inbox.stuck-after} (database down, a table locked, a failure retried without
 * end). It replaces SmallRye's unprocessed-record age check, which closes the channel for good
 * (the platform switches it off): the channel waits instead, and this says so. Per consumer, the
 * gauge {@code parksuite_inbox_stuck_seconds{consumer}} is the age of the oldest batch not yet
 * settled (0 when none), and one WARN line names the consumer and the topic, partition and offset
 * of the stuck batch's first record, repeated every {@code parksuite.inbox.stuck-warn-every} while
 * it stays stuck; {@code parksuite_inbox_stuck_reports_total{consumer}} counts those lines.
 */
@ApplicationScoped
public class StuckRecords {

    private static final Logger LOG = Logger.getLogger(StuckRecords.class);

    private final MeterRegistry registry;
    private final Duration stuckAfter;
    private final Duration warnEvery;
    private final Map<String, Set<Watch>> open = new ConcurrentHashMap<>();

    public StuckRecords(MeterRegistry registry,
                        @ConfigProperty(name = "parksuite.inbox.stuck-after", defaultValue = "60s") Duration stuckAfter,
                        @ConfigProperty(name = "parksuite.inbox.stuck-warn-every", defaultValue = "5m") Duration warnEvery) {
        this.registry = registry;
        this.stuckAfter = stuckAfter;
        this.warnEvery = warnEvery;
    }

    /** Starts watching a batch of {@code consumer} whose first record is at {@code topic}/{@code partition}/{@code offset}. */
    public Watch begin(String consumer, String topic, int partition, long offset, int records) {
        Set<Watch> watches = open.computeIfAbsent(consumer, name -> {
            Set<Watch> set = ConcurrentHashMap.newKeySet();
            Gauge.builder("parksuite.inbox.stuck.seconds", set, StuckRecords::oldestSeconds)
                    .description("Seconds the oldest batch of records not yet settled by the consumer has waited (0 when none)")
                    .baseUnit("seconds")
                    .tag("consumer", name)
                    .register(registry);
            return set;
        });
        Watch watch = new Watch(consumer, topic, partition, offset, records, System.nanoTime(), watches);
        watches.add(watch);
        return watch;
    }

    /** Seconds the oldest open batch of {@code consumer} has waited; 0 when none. */
    public double stuckSeconds(String consumer) {
        Set<Watch> watches = open.get(consumer);
        return watches == null ? 0 : oldestSeconds(watches);
    }

    @Scheduled(every = "${parksuite.inbox.stuck-check:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void report() {
        long now = System.nanoTime();
        open.values().forEach(watches -> watches.forEach(watch -> {
            Duration waited = Duration.ofNanos(now - watch.since);
            Long warned = watch.lastWarned;
            if (waited.compareTo(stuckAfter) >= 0 && (warned == null || now - warned >= warnEvery.toNanos())) {
                watch.lastWarned = now;
                LOG.warnf("Consumer %s stuck for %d s on topic %s partition %d offset %d (first of %d record(s), "
                                + "not acknowledged); last failure: %s", watch.consumer, waited.toSeconds(), watch.topic,
                        watch.partition, watch.offset, watch.records,
                        watch.lastFailure == null ? "none, still in progress" : watch.lastFailure);
                Counter.builder("parksuite.inbox.stuck.reports")
                        .description("WARN lines reporting a consumer batch held longer than parksuite.inbox.stuck-after")
                        .tag("consumer", watch.consumer)
                        .register(registry)
                        .increment();
            }
        }));
    }

    private static double oldestSeconds(Set<Watch> watches) {
        long now = System.nanoTime();
        return watches.stream().mapToLong(watch -> now - watch.since).max().orElse(0) / 1e9;
    }

    /** One batch being processed; closed when it is settled or left for redelivery. */
    public static final class Watch implements AutoCloseable {

        private final String consumer;
        private final String topic;
        private final int partition;
        private final long offset;
        private final int records;
        private final long since;
        private final Set<Watch> owner;
        private volatile Long lastWarned;
        private volatile String lastFailure;

        private Watch(String consumer, String topic, int partition, long offset, int records, long since,
                      Set<Watch> owner) {
            this.consumer = consumer;
            this.topic = topic;
            this.partition = partition;
            this.offset = offset;
            this.records = records;
            this.since = since;
            this.owner = owner;
        }

        /** Remembers the latest passing failure, quoted by the next report. */
        public void failed(Throwable failure) {
            lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }

        @Override
        public void close() {
            owner.remove(this);
        }
    }
}
