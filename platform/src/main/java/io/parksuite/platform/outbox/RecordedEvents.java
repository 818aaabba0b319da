package io.parksuite.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The business counter {@code parksuite_events_recorded_total{type}}: domain events recorded,
 * by type, counted when their transaction commits (a rolled-back registration is not counted).
 * It answers "how many enterprises were registered, applications concluded …" per replica;
 * sum over replicas for the service.
 */
@ApplicationScoped
public class RecordedEvents {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public RecordedEvents(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Counts one event of {@code type} once the current transaction commits. */
    public void countOnCommit(String type) {
        Counter counter = Counter.builder("parksuite.events.recorded")
                .description("Domain events recorded in the outbox, by type, counted on commit")
                .tag("type", type)
                .register(registry);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
