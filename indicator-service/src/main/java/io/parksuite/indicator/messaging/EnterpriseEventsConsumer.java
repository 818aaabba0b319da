package io.parksuite.indicator.messaging;

import io.parksuite.indicator.service.EnterpriseDimensions;
import io.parksuite.platform.inbox.EventHandler;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the enterprise dimension in step with the registry, from {@code enterprise.events}. The
 * new events of a batch are applied at once, in one transaction that first locks every enterprise
 * they name (USCC order), the lock order report intake follows too.
 */
@ApplicationScoped
public class EnterpriseEventsConsumer {

    static final String CONSUMER = "indicator-service.enterprise-dimension";
    static final Set<String> TYPES = Set.of("parksuite.enterprise.registered.v1", "parksuite.enterprise.updated.v1",
            "parksuite.enterprise.status-changed.v1", "parksuite.enterprise.designation-granted.v1");

    private final IdempotentConsumer inbox;
    private final EventHandler handler;

    public EnterpriseEventsConsumer(IdempotentConsumer inbox, EnterpriseDimensions dimensions) {
        this.inbox = inbox;
        this.handler = EventHandler.setBased(dimensions::applyAll);
    }

    @Incoming("enterprise-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, handler);
    }
}
