package io.parksuite.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} value of the current span, so that work done later and elsewhere
 * (an outbox row published by the relay, consumed by another service) joins the trace of the
 * request that caused it. Present whether or not traces are exported.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceParents() {
    }

    /** The current span's traceparent, or null outside any trace. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The trace id part of a valid traceparent. */
    public static String traceId(String traceParent) {
        return traceParent.substring(3, 35);
    }
}
