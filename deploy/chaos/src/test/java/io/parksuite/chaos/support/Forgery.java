package io.parksuite.chaos.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Builds records as enterprise-service's relay would (same topic, partition and key, its
 * CloudEvents source), from a record read off the topic: exact copies, copies under a new event id,
 * later snapshots of the same enterprise, and the poison kinds of scenario 6.
 */
public final class Forgery {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String UPDATED = "parksuite.enterprise.updated.v1";

    private Forgery() {
    }

    /** The record byte for byte: same key, value, headers (its {@code ce_id} included) and partition. */
    public static ProducerRecord<String, byte[]> copy(ConsumerRecord<String, byte[]> record) {
        return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
    }

    /** The same payload and attributes under a new {@code ce_id}. */
    public static ProducerRecord<String, byte[]> withNewId(ConsumerRecord<String, byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!"ce_id".equals(header.key())) {
                headers.add(header);
            }
        }
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(), headers);
    }

    /** An {@code updated} event of the enterprise of {@code registered}: its snapshot at {@code version}, renamed. */
    public static ProducerRecord<String, byte[]> update(ConsumerRecord<String, byte[]> registered, long version, String name) {
        return event(registered, UPDATED, snapshot(registered, version, name));
    }

    /** A record with the owner's CloudEvents headers of {@code type} and an arbitrary value. */
    public static ProducerRecord<String, byte[]> event(ConsumerRecord<String, byte[]> neighbour, String type, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_source", bytes("/parksuite/enterprise-service"));
        headers.add("ce_type", bytes(type));
        headers.add("ce_subject", bytes(neighbour.key()));
        headers.add("ce_time", bytes(OffsetDateTime.now(ZoneOffset.UTC).toString()));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(neighbour.topic(), neighbour.partition(), neighbour.key(), bytes(value), headers);
    }

    /** A record without any CloudEvents header. */
    public static ProducerRecord<String, byte[]> bare(ConsumerRecord<String, byte[]> neighbour, String value) {
        return new ProducerRecord<>(neighbour.topic(), neighbour.partition(), neighbour.key(), bytes(value));
    }

    /** The snapshot of {@code registered} at {@code version} under {@code name}, as an update carries it. */
    public static String snapshot(ConsumerRecord<String, byte[]> registered, long version, String name) {
        try {
            ObjectNode snapshot = (ObjectNode) JSON.readTree(registered.value());
            snapshot.put("aggregateVersion", version);
            snapshot.put("name", name);
            snapshot.putArray("changedFields").add("name");
            return JSON.writeValueAsString(snapshot);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JSON snapshot: " + new String(registered.value(), StandardCharsets.UTF_8), e);
        }
    }

    public static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
