package io.parksuite.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A test profile in which Kafka is unreachable: nothing listens at the configured address. */
public class NoKafkaBroker implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "parksuite.outbox.send-timeout", "2s");
    }
}
