package io.parksuite.project.messaging;

import io.parksuite.platform.inbox.InboxMetrics;
import io.parksuite.project.service.ApprovalReports.RefusedApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Makes the approval events that were not applied because their applicant has no part in the
 * project they name visible to operations: counted as skipped for the approval consumer
 * ({@code parksuite_inbox_events_total{outcome="skipped"}}) and logged at WARN, once the batch
 * that refused them commits, so a retried batch neither counts nor logs twice.
 */
@ApplicationScoped
public class RefusedApplications {

    private static final Logger LOG = Logger.getLogger(RefusedApplications.class);

    private final InboxMetrics metrics;

    public RefusedApplications(InboxMetrics metrics) {
        this.metrics = metrics;
    }

    void onRefused(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefusedApplication refused) {
        metrics.skipped(ApprovalEventsConsumer.CONSUMER);
        LOG.warnf("Skipped %s (event %s): application %s names project %s, but its applicant (%s) is not the "
                        + "project's investor and it is not the desk's own draft",
                refused.type(), refused.eventId(), refused.applicationId(), refused.projectId(),
                refused.naturalPerson() ? "a natural person" : "enterprise " + refused.applicantUscc());
    }
}
