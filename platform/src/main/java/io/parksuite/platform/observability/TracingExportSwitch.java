package io.parksuite.platform.observability;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exports traces only when an OTLP endpoint is configured. Trace context is always created and
 * propagated (trace ids in logs, {@code traceparent} on HTTP and Kafka), but without an endpoint
 * the sampling ratio is 0, so no span is ever handed to the exporter and nothing tries to reach
 * a collector. With one ({@code OTEL_EXPORTER_OTLP_ENDPOINT}), the ratio is
 * {@code OTEL_TRACES_SAMPLER_ARG} (default 1: every trace).
 */
@Priority(TracingExportSwitch.PRIORITY)
public class TracingExportSwitch implements ConfigSourceInterceptor {

    static final int PRIORITY = 4000;
    static final String SAMPLER_ARG = "quarkus.otel.traces.sampler.arg";
    static final List<String> ENDPOINT_VARIABLES = List.of("OTEL_EXPORTER_OTLP_ENDPOINT",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    static final List<String> ENDPOINT_PROPERTIES = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint");

    private final Map<String, String> environment;

    public TracingExportSwitch() {
        this(System.getenv());
    }

    TracingExportSwitch(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!SAMPLER_ARG.equals(name)) {
            return context.proceed(name);
        }
        String ratio = endpointConfigured()
                ? Optional.ofNullable(blankToNull(environment.get("OTEL_TRACES_SAMPLER_ARG"))).orElse("1.0")
                : "0.0";
        return ConfigValue.builder().withName(name).withValue(ratio).withConfigSourceName("TracingExportSwitch").build();
    }

    boolean endpointConfigured() {
        return ENDPOINT_VARIABLES.stream().anyMatch(v -> blankToNull(environment.get(v)) != null)
                || ENDPOINT_PROPERTIES.stream().anyMatch(p -> blankToNull(System.getProperty(p)) != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
