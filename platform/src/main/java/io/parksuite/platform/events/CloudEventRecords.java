package io.parksuite.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.parksuite.platform.observability.TraceParents;
import io.parksuite.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Turns an outbox row into a Kafka record in CloudEvents 1.0 binary mode: {@code ce_*} headers,
 * {@code content-type: application/json}, the JSON payload as value and the aggregate id as key,
 * so that one aggregate's events stay on one partition, in order. The W3C {@code traceparent}
 * header carries the recording request's trace to the consumers.
 */
@ApplicationScoped
public class CloudEventRecords {

    public static final String CONTENT_TYPE = "application/json";

    private final URI source;

    public CloudEventRecords(@ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.source = URI.create("/parksuite/" + serviceName);
    }

    public URI source() {
        return source;
    }

    public ProducerRecord<String, byte[]> toRecord(String topic, OutboxEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id.toString())
                .withSource(source)
                .withType(event.type)
                .withTime(event.occurredAt)
                .withSubject(event.aggregateId)
                .withDataContentType(CONTENT_TYPE)
                .withData(event.payload.getBytes(StandardCharsets.UTF_8))
                .build();
        ProducerRecord<String, byte[]> record =
                KafkaMessageFactory.createWriter(topic, null, null, event.aggregateId).writeBinary(cloudEvent);
        if (TraceParents.isValid(event.traceParent)) {
            record.headers().add(TraceParents.HEADER, event.traceParent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
