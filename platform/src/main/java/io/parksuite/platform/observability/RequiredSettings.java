package io.parksuite.platform.observability;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Names, in one line, every setting a service cannot start without when one of them is missing.
 * Left alone, start-up stops at the first property that fails to resolve and names the property,
 * not the environment variable an operator has to set.
 */
@Priority(RequiredSettings.PRIORITY)
public class RequiredSettings implements ConfigSourceInterceptor {

    static final int PRIORITY = 4100;

    /** Property → the environment variable that supplies it and what it is. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("quarkus.datasource.password", "DB_PASSWORD (the service's database password)");
        REQUIRED.put("mp.jwt.verify.issuer", "JWT_ISSUER (the issuer of accepted tokens)");
        REQUIRED.put("mp.jwt.verify.publickey.location",
                "JWT_PUBLIC_KEY_LOCATION (the token issuer's public key: a PEM file or a JWKS URL)");
    }

    private final AtomicBoolean reported = new AtomicBoolean();
    private final PrintStream out;

    public RequiredSettings() {
        this(System.err);
    }

    RequiredSettings(PrintStream out) {
        this.out = out;
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!REQUIRED.containsKey(name)) {
            return context.proceed(name);
        }
        try {
            ConfigValue value = context.proceed(name);
            if (value == null || value.getValue() == null || value.getValue().isBlank()) {
                report(context);
            }
            return value;
        } catch (NoSuchElementException e) {
            report(context);
            throw e;
        }
    }

    private void report(ConfigSourceInterceptorContext context) {
        if (reported.compareAndSet(false, true)) {
            out.println(missingLine(context));
        }
    }

    String missingLine(ConfigSourceInterceptorContext context) {
        StringBuilder missing = new StringBuilder();
        REQUIRED.forEach((property, variable) -> {
            if (!resolves(context, property)) {
                missing.append(missing.isEmpty() ? "" : ", ").append(variable);
            }
        });
        return "Configuration incomplete, the service cannot start: set " + missing;
    }

    private static boolean resolves(ConfigSourceInterceptorContext context, String property) {
        try {
            ConfigValue value = context.proceed(property);
            return value != null && value.getValue() != null && !value.getValue().isBlank();
        } catch (NoSuchElementException e) {
            return false;
        }
    }
}
