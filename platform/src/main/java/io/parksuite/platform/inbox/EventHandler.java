package io.parksuite.platform.inbox;

import io.parksuite.platform.events.IncomingEvent;

/** A consumer's reaction to one event, run inside the transaction that records it as processed. */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event);
}
