package io.parksuite.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageTracesTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aMessagesTraceIsCurrentWhileItIsHandledAndOnlyThen() {
        SpanContext received = SpanContext.createFromRemoteParent(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.getDefault());
        Message<String> message = Message.of("{}")
                .addMetadata(TracingMetadata.withCurrent(Context.root().with(Span.wrap(received))));

        try (Scope ignored = MessageTraces.enter(message)) {
            assertEquals(TRACE_ID, Span.current().getSpanContext().getTraceId());
            assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", TraceParents.current());
        }
        assertFalse(Span.current().getSpanContext().isValid());
        assertNull(TraceParents.current());
    }

    @Test
    void aMessageWithoutTraceLeavesTheContextAlone() {
        try (Scope ignored = MessageTraces.enter(Message.of("{}"))) {
            assertFalse(Span.current().getSpanContext().isValid());
        }
    }
}
