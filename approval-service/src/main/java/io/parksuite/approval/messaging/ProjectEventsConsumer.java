package io.parksuite.approval.messaging;

import io.parksuite.approval.service.ProjectDrafts;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A project reaching 签约 on {@code project.events} gets a pre-filled draft application. */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "approval-service.project-signed";
    public static final String STAGE_CHANGED = "parksuite.project.stage-changed.v1";
    static final Set<String> TYPES = Set.of(STAGE_CHANGED);

    private final IdempotentConsumer inbox;
    private final ProjectDrafts drafts;

    public ProjectEventsConsumer(IdempotentConsumer inbox, ProjectDrafts drafts) {
        this.inbox = inbox;
        this.drafts = drafts;
    }

    @Incoming("project-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, drafts::apply);
    }
}
