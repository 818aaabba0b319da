package io.parksuite.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the relay's Kafka producer from the application's {@code kafka.*} settings, forcing what
 * ordered, exactly-once-per-partition publication needs: idempotence, {@code acks=all}, and at
 * most five requests in flight (the bound under which the idempotent producer keeps order).
 */
@ApplicationScoped
public class OutboxProducerFactory {

    private static final Duration MAX_BLOCK_CAP = Duration.ofSeconds(30);
    private static final Duration DATABASE_MARGIN = Duration.ofSeconds(30);

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig config;
    private final String serviceName;

    public OutboxProducerFactory(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                                 OutboxConfig config,
                                 @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.serviceName = serviceName;
    }

    public Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) || key.startsWith("ssl.") || key.startsWith("sasl.")
                    || key.equals("security.protocol")) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-relay");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) maxBlock(config).toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock(config).toMillis());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** How long one call may block on Kafka's metadata or a full buffer: half the send timeout, at most 30 s. */
    public static Duration maxBlock(OutboxConfig config) {
        Duration half = config.sendTimeout().dividedBy(2);
        return half.compareTo(MAX_BLOCK_CAP) > 0 ? MAX_BLOCK_CAP : half;
    }

    /**
     * The timeout of one batch's transaction: the metadata probe and one blocked send (max.block.ms
     * each), the acknowledgements (delivery timeout), the fault-injection pause, and a margin for the
     * database work. Kafka's own timeouts end an attempt well before the transaction would, so the
     * advisory lock is never released while this instance is still sending.
     */
    public static Duration batchTransactionTimeout(OutboxConfig config) {
        return maxBlock(config).multipliedBy(2).plus(config.sendTimeout()).plus(config.pauseBeforeMark())
                .plus(DATABASE_MARGIN);
    }

    public KafkaProducer<String, byte[]> create() {
        return new KafkaProducer<>(producerProperties());
    }
}
