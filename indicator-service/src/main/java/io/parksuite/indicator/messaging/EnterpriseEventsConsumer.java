package io.parksuite.indicator.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.indicator.service.EnterpriseDimensions;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the enterprise dimension in step with the registry, from {@code enterprise.events}. The
 * events of a batch are applied in one transaction, which first locks every enterprise the batch
 * names (USCC order), the lock order report intake follows too.
 */
@ApplicationScoped
public class EnterpriseEventsConsumer {

    static final String CONSUMER = "indicator-service.enterprise-dimension";
    static final Set<String> TYPES = Set.of("parksuite.enterprise.registered.v1", "parksuite.enterprise.updated.v1",
            "parksuite.enterprise.status-changed.v1", "parksuite.enterprise.designation-granted.v1");

    private final IdempotentConsumer inbox;
    private final EnterpriseDimensions dimensions;
    private final ObjectMapper objectMapper;

    public EnterpriseEventsConsumer(IdempotentConsumer inbox, EnterpriseDimensions dimensions,
                                    ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.dimensions = dimensions;
        this.objectMapper = objectMapper;
    }

    @Incoming("enterprise-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Set<String> usccs = usccs(batch.getRecords().stream().map(KafkaRecord::getPayload).toList());
        return inbox.consume(CONSUMER, batch, TYPES, event -> dimensions.apply(event, usccs));
    }

    /** The USCCs the payloads name; a payload that cannot be read is left to the inbox to dead-letter. */
    Set<String> usccs(List<String> payloads) {
        Set<String> usccs = new TreeSet<>();
        for (String payload : payloads) {
            try {
                JsonNode uscc = payload == null ? null : objectMapper.readTree(payload).get("uscc");
                if (uscc != null && uscc.isTextual()) {
                    usccs.add(uscc.asText());
                }
            } catch (JsonProcessingException unreadable) {
                // dead-lettered by the inbox with its reason
            }
        }
        return Collections.unmodifiableSet(usccs);
    }
}
