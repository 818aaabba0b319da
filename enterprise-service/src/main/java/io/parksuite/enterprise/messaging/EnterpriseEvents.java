package io.parksuite.enterprise.messaging;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The registry's events on {@code enterprise.events}: each carries the enterprise's full snapshot
 * (schemas in contracts/events), recorded through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class EnterpriseEvents {

    public static final String AGGREGATE_TYPE = "enterprise";
    public static final String REGISTERED = "parksuite.enterprise.registered.v1";

    private final Outbox outbox;

    public EnterpriseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Must run after the enterprise was flushed, so that its version is the stored one. */
    public void registered(Enterprise enterprise) {
        outbox.record(AGGREGATE_TYPE, enterprise.uscc, REGISTERED, EnterpriseSnapshot.of(enterprise));
    }
}
