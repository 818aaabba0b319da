package io.parksuite.platform.observability;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Enters the trace a received message continues (the consumer span SmallRye opened from the
 * record's {@code traceparent} header), so the handler's logs and the events it records carry
 * that trace id.
 */
public final class MessageTraces {

    private MessageTraces() {
    }

    /** Makes the message's trace current until the returned scope is closed. */
    public static Scope enter(Message<?> message) {
        Context trace = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElse(null);
        return trace == null ? Scope.noop() : trace.makeCurrent();
    }
}
