package io.parksuite.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.observability.RefreshFailures;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the idempotent consumers did and how far behind they are:
 * {@code parksuite_inbox_events_total{consumer, outcome=processed|duplicate}},
 * {@code parksuite_inbox_dead_lettered_total{consumer, reason}} (poison records sent to the
 * dead-letter topic) and {@code parksuite_inbox_consumer_lag{channel}} (records between this
 * replica's position and the end of its assigned partitions, read on a schedule from the
 * consumer's last fetch).
 */
@ApplicationScoped
public class InboxMetrics {

    private final MeterRegistry registry;
    private final KafkaClientService kafkaClients;
    private final RefreshFailures refreshFailures;
    private final Map<String, AtomicLong> lagByChannel = new ConcurrentHashMap<>();

    public InboxMetrics(MeterRegistry registry, KafkaClientService kafkaClients, RefreshFailures refreshFailures) {
        this.registry = registry;
        this.kafkaClients = kafkaClients;
        this.refreshFailures = refreshFailures;
    }

    public void processed(String consumer, int events) {
        outcome(consumer, "processed").increment(events);
    }

    /** Events processed before, changing nothing. */
    public void duplicate(String consumer, int events) {
        outcome(consumer, "duplicate").increment(events);
    }

    /** An event of a type the consumer does not handle, acknowledged unread. */
    public void skipped(String consumer) {
        outcome(consumer, "skipped").increment();
    }

    /** A poison record handed to the dead-letter topic; {@code reason} is a short category. */
    public void deadLettered(String consumer, String reason) {
        Counter.builder("parksuite.inbox.dead.lettered")
                .description("Poison records sent to the dead-letter topic")
                .tag("consumer", consumer)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public double deadLetteredCount(String consumer) {
        return registry.find("parksuite.inbox.dead.lettered").tag("consumer", consumer).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private Counter outcome(String consumer, String outcome) {
        return Counter.builder("parksuite.inbox.events")
                .description("Events handled by an idempotent consumer, by outcome")
                .tag("consumer", consumer)
                .tag("outcome", outcome)
                .register(registry);
    }

    @Scheduled(every = "${parksuite.metrics.lag-refresh:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshLag() {
        for (String channel : kafkaClients.getConsumerChannels()) {
            try {
                long total = 0;
                for (KafkaConsumer<Object, Object> consumer : kafkaClients.<Object, Object>getConsumers(channel)) {
                    total += consumer.runOnPollingThread(client -> {
                        long sum = 0;
                        Set<TopicPartition> assigned = client.assignment();
                        for (TopicPartition partition : assigned) {
                            sum += client.currentLag(partition).orElse(0);
                        }
                        return sum;
                    }).await().atMost(Duration.ofSeconds(5));
                }
                lag(channel).set(total);
            } catch (RuntimeException e) {
                refreshFailures.failed("consumer-lag", e);
            }
        }
    }

    private AtomicLong lag(String channel) {
        return lagByChannel.computeIfAbsent(channel, name -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("parksuite.inbox.consumer.lag", value, AtomicLong::get)
                    .description("Records behind the end of the assigned partitions, per channel")
                    .tag("channel", name)
                    .register(registry);
            return value;
        });
    }
}
