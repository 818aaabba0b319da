package io.parksuite.testing;

import io.parksuite.platform.events.TopicOwners;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends records to the test broker synchronously, as the topic's owning service's relay would:
 * each record carries the owner's CloudEvents source ({@link TopicOwners}), whatever the test put
 * there. {@link #sendForged} sends a record exactly as built, e.g. with another service's source.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(ProducerRecord<String, byte[]> record) {
        sendAll(List.of(record));
    }

    /** Sends the records from one producer, one after the other without waiting, then waits for every acknowledgement. */
    public static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(TopicWriter::asOwner);
        sendForged(records);
    }

    /** Sends the records exactly as built, their {@code ce_source} included. */
    public static void sendForged(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + records.get(0).topic(), e);
        }
    }

    private static void asOwner(ProducerRecord<String, byte[]> record) {
        if (record.headers().lastHeader("ce_specversion") != null) {
            record.headers().remove("ce_source");
            record.headers().add("ce_source", TopicOwners.sourceOf(record.topic()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
