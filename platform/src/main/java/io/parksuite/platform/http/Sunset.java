package io.parksuite.platform.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that is on its way out, beside {@code @Deprecated} (which marks the
 * operation deprecated in the OpenAPI document): every answer then carries the Deprecation
 * (RFC 9745) and Sunset (RFC 8594) headers, and a link to its successor when there is one, so a
 * calling system learns of the change from its own traffic.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {

    /** The day the operation was deprecated, ISO-8601 ({@code 2026-12-01}). */
    String deprecatedOn();

    /** The last day the operation is served, ISO-8601. */
    String lastDay();

    /** The path of the operation that replaces it, if any ({@code /api/v2/enterprises}). */
    String successor() default "";
}
