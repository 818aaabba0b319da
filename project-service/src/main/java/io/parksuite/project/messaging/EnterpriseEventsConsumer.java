package io.parksuite.project.messaging;

import io.parksuite.platform.inbox.IdempotentConsumer;
import io.parksuite.project.service.InvestorLinks;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Learns the registry's enterprises from {@code enterprise.events} and links prospective investors to them. */
@ApplicationScoped
public class EnterpriseEventsConsumer {

    static final String CONSUMER = "project-service.investor-links";
    static final Set<String> TYPES = Set.of("parksuite.enterprise.registered.v1", "parksuite.enterprise.updated.v1",
            "parksuite.enterprise.status-changed.v1", "parksuite.enterprise.designation-granted.v1");

    private final IdempotentConsumer inbox;
    private final InvestorLinks links;

    public EnterpriseEventsConsumer(IdempotentConsumer inbox, InvestorLinks links) {
        this.inbox = inbox;
        this.links = links;
    }

    @Incoming("enterprise-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, links.batch());
    }
}
