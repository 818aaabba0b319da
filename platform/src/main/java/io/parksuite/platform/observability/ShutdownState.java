package io.parksuite.platform.observability;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the service has begun to shut down. Scheduled jobs that still run then find the database
 * and their executors closed: those failures are expected, and must not raise the WARN lines that
 * operators alert on at every rolling restart.
 */
@ApplicationScoped
public class ShutdownState {

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }
}
