package io.parksuite.approval.messaging;

import io.parksuite.approval.service.ProjectCopies;
import io.parksuite.approval.service.ProjectDrafts;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.inbox.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Reads {@code project.events}: every project snapshot keeps the desk's copy of the project and its
 * investor, and a project reaching 签约 gets a pre-filled draft application.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "approval-service.project-signed";
    public static final String CREATED = "parksuite.project.created.v1";
    public static final String UPDATED = "parksuite.project.updated.v1";
    public static final String STAGE_CHANGED = "parksuite.project.stage-changed.v1";
    static final Set<String> TYPES = Set.of(CREATED, UPDATED, STAGE_CHANGED);

    private final IdempotentConsumer inbox;
    private final ProjectCopies copies;
    private final ProjectDrafts drafts;

    public ProjectEventsConsumer(IdempotentConsumer inbox, ProjectCopies copies, ProjectDrafts drafts) {
        this.inbox = inbox;
        this.copies = copies;
        this.drafts = drafts;
    }

    @Incoming("project-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consume(CONSUMER, batch, TYPES, this::apply);
    }

    private void apply(IncomingEvent event) {
        copies.apply(event);
        if (STAGE_CHANGED.equals(event.type())) {
            drafts.apply(event);
        }
    }
}
