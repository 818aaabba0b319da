package io.parksuite.platform.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxProducerFactoryTest {

    private static OutboxConfig config(Duration sendTimeout, Duration pause) {
        return new OutboxConfig() {
            public Optional<String> topic() {
                return Optional.of("t.events");
            }

            public boolean relayEnabled() {
                return true;
            }

            public int batchSize() {
                return 200;
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(2);
            }

            public Duration maxBackoff() {
                return Duration.ofSeconds(30);
            }

            public Duration sendTimeout() {
                return sendTimeout;
            }

            public Duration pauseBeforeMark() {
                return pause;
            }

            public Duration publishedRetention() {
                return Duration.ofDays(7);
            }

            public Duration processedRetention() {
                return Duration.ofDays(30);
            }
        };
    }

    @Test
    void theBatchTransactionOutlivesEveryKafkaTimeoutOfOneAttempt() {
        for (Duration sendTimeout : new Duration[]{Duration.ofSeconds(4), Duration.ofSeconds(15), Duration.ofMinutes(5)}) {
            OutboxConfig config = config(sendTimeout, Duration.ofSeconds(3));
            Map<String, Object> props = new OutboxProducerFactory(Map.of("bootstrap.servers", "127.0.0.1:1"), config, "svc")
                    .producerProperties();
            long maxBlock = ((Number) props.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).longValue();
            long delivery = ((Number) props.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
            long request = ((Number) props.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).longValue();
            long transaction = OutboxProducerFactory.batchTransactionTimeout(config).toMillis();

            assertEquals(sendTimeout.toMillis(), delivery);
            assertTrue(delivery >= request + 5, "Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms");
            assertTrue(transaction >= 2 * maxBlock + delivery + 3_000 + 10_000,
                    "probe + one blocked send + acknowledgements + pause, with room for the database: " + transaction);
        }
    }

    @Test
    void theDefaultSendTimeoutKeepsTheBatchWellUnderTheDefaultTransactionTimeout() {
        Duration timeout = OutboxProducerFactory.batchTransactionTimeout(config(Duration.ofSeconds(15), Duration.ZERO));
        assertEquals(Duration.ofSeconds(7).plusMillis(500).multipliedBy(2).plusSeconds(15).plusSeconds(30), timeout);
    }
}
