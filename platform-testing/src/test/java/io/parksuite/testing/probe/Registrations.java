package io.parksuite.testing.probe;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** CloudEvents records of {@code parksuite.enterprise.registered.v1} for the probe consumer. */
final class Registrations {

    static final String TOPIC = "enterprise.events";
    static final String DEAD_LETTERS = "platform-test.enterprise.events.dlq";

    private Registrations() {
    }

    static ProducerRecord<String, byte[]> registered(String uscc, String name) {
        String payload = """
                {"uscc":"%s","name":"%s","status":"ACTIVE","aggregateVersion":0,"registeredAt":"2026-12-01T08:00:00Z"}"""
                .formatted(uscc, name);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, uscc, payload.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(ProbeConsumer.TYPE))
                .add("ce_source", bytes("/parksuite/enterprise-service"))
                .add("ce_time", bytes(OffsetDateTime.now(ZoneOffset.UTC).toString()))
                .add("ce_subject", bytes(uscc));
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
