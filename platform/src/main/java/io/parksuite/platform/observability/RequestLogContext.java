package io.parksuite.platform.observability;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import java.security.Principal;
import java.util.regex.Pattern;

/**
 * Puts who and which request into every log line of a request: {@code requestId} (the gateway's
 * {@code X-Request-Id}) and {@code subject} (the token's {@code sub}, never the token itself),
 * beside the {@code traceId}/{@code spanId} OpenTelemetry adds. The values live in the request's
 * own Vert.x context, so they never leak into another request's lines; the subject is put there by
 * {@link SubjectLogContext} once the token is read.
 */
@ApplicationScoped
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String SUBJECT = "subject";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(-10_000).handler(context -> {
            String requestId = context.request().getHeader("X-Request-Id");
            if (requestId != null && SAFE.matcher(requestId).matches() && VertxContext.isOnDuplicatedContext()) {
                MDC.put(REQUEST_ID, requestId);
            }
            context.next();
        });
    }

    static String subject(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        String subject = principal instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : principal.getName();
        return subject != null && SAFE.matcher(subject).matches() ? subject : null;
    }
}
