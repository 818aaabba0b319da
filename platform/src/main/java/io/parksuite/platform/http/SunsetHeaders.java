package io.parksuite.platform.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the Deprecation, Sunset and successor Link headers to every answer of a {@link Sunset}
 * method. The operation is served until the end of its last day (UTC). A request that matched no
 * method (refused before, e.g. for its content type) has no resource to announce.
 */
public class SunsetHeaders {

    @ServerResponseFilter
    public void announce(ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Sunset sunset = method == null ? null : method.getAnnotation(Sunset.class);
        if (sunset != null) {
            of(sunset).forEach(response.getHeaders()::putSingle);
        }
    }

    /** The headers a {@link Sunset} method's answers carry. */
    static Map<String, String> of(Sunset sunset) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Deprecation", "@" + LocalDate.parse(sunset.deprecatedOn()).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        headers.put("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.parse(sunset.lastDay()).plusDays(1).atStartOfDay(ZoneOffset.UTC)));
        if (!sunset.successor().isEmpty()) {
            headers.put("Link", "<" + sunset.successor() + ">; rel=\"successor-version\"");
        }
        return headers;
    }
}
