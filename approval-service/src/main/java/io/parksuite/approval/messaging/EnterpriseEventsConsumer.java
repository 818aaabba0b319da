package io.parksuite.approval.messaging;

import io.parksuite.approval.service.ApplicantCopies;
import io.parksuite.platform.inbox.EventHandler;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Keeps the desk's copy of applicant enterprises in step with the registry, from {@code enterprise.events}. */
@ApplicationScoped
public class EnterpriseEventsConsumer {

    static final String CONSUMER = "approval-service.applicant-copy";
    static final Set<String> TYPES = Set.of("parksuite.enterprise.registered.v1", "parksuite.enterprise.updated.v1",
            "parksuite.enterprise.status-changed.v1", "parksuite.enterprise.designation-granted.v1");

    private final IdempotentConsumer inbox;
    private final ApplicantCopies copies;

    public EnterpriseEventsConsumer(IdempotentConsumer inbox, ApplicantCopies copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @Incoming("enterprise-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, EventHandler.setBased(copies::applyAll));
    }
}
