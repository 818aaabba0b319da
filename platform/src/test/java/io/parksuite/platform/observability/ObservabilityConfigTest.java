package io.parksuite.platform.observability;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservabilityConfigTest {

    private static final Map<String, String> PLATFORM_DEFAULTS = Map.of(
            "quarkus.datasource.password", "${DB_PASSWORD}",
            "mp.jwt.verify.issuer", "${JWT_ISSUER}",
            "mp.jwt.verify.publickey.location", "${JWT_PUBLIC_KEY_LOCATION}",
            "quarkus.otel.traces.sampler.arg", "1.0");

    private static SmallRyeConfig config(Map<String, String> environment, ByteArrayOutputStream err) {
        Map<String, String> values = new java.util.HashMap<>(PLATFORM_DEFAULTS);
        values.putAll(environment);
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withInterceptors(new RequiredSettings(new PrintStream(err, true, StandardCharsets.UTF_8)),
                        new TracingExportSwitch(environment))
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .build();
    }

    @Test
    void aMissingSettingIsReportedInOneLineNamingEveryMissingVariable() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SmallRyeConfig config = config(Map.of("JWT_ISSUER", "https://sso.example/realms/parksuite"), err);

        assertThrows(NoSuchElementException.class, () -> config.getValue("quarkus.datasource.password", String.class));
        assertThrows(NoSuchElementException.class, () -> config.getValue("mp.jwt.verify.publickey.location", String.class));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("Configuration incomplete, the service cannot start: set DB_PASSWORD"), printed);
        assertTrue(printed.contains("JWT_PUBLIC_KEY_LOCATION"), printed);
        assertTrue(!printed.contains("JWT_ISSUER"), "a set variable is not named: " + printed);
    }

    @Test
    void completeSettingsPrintNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SmallRyeConfig config = config(Map.of("DB_PASSWORD", "secret", "JWT_ISSUER", "https://sso.example",
                "JWT_PUBLIC_KEY_LOCATION", "https://sso.example/certs"), err);

        assertEquals("secret", config.getValue("quarkus.datasource.password", String.class));
        assertEquals("https://sso.example/certs", config.getValue("mp.jwt.verify.publickey.location", String.class));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tracesAreSampledOnlyWhenAnOtlpEndpointIsConfigured() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0.0, config(Map.of(), err).getValue("quarkus.otel.traces.sampler.arg", Double.class));
        assertEquals(0.0, config(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " "), err)
                .getValue("quarkus.otel.traces.sampler.arg", Double.class));
        assertEquals(1.0, config(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), err)
                .getValue("quarkus.otel.traces.sampler.arg", Double.class));
        assertEquals(0.25, config(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_TRACES_SAMPLER_ARG", "0.25"), err).getValue("quarkus.otel.traces.sampler.arg", Double.class));
    }

    @Test
    void traceParentsAreReadAndCheckedInW3cForm() {
        String value = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertTrue(TraceParents.isValid(value));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", TraceParents.traceId(value));
        assertTrue(!TraceParents.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7"));
        assertTrue(!TraceParents.isValid(null));
    }
}
