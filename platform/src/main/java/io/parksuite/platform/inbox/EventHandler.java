package io.parksuite.platform.inbox;

import io.parksuite.platform.events.IncomingEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * A consumer's reaction to events, run inside the transaction that records them as processed:
 * {@link #prepare} once with the batch's new events, for work done for all of them at once (one
 * lock, one upsert), then {@link #handle} for each of them in partition order, in the trace its
 * record continues.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event);

    /**
     * Called before {@link #handle} with every event of the transaction not processed before, in
     * partition order; again with the same events when the transaction is retried.
     */
    default void prepare(List<IncomingEvent> fresh) {
    }

    /** A handler whose whole work is set-based, done once per transaction for all its new events. */
    static EventHandler setBased(Consumer<List<IncomingEvent>> applyAll) {
        return new EventHandler() {
            @Override
            public void handle(IncomingEvent event) {
            }

            @Override
            public void prepare(List<IncomingEvent> fresh) {
                applyAll.accept(fresh);
            }
        };
    }
}
