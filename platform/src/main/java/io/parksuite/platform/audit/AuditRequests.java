package io.parksuite.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parksuite.platform.audit.AuditEntry.Kind;
import io.parksuite.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Records into the audit trail, for every service and whatever produced the answer (an endpoint,
 * an exception mapper or the authentication layer), each request that wrote, was refused (401,
 * 403), read confidential data or exported. It looks at the finished response, so the status is
 * the one the client got; the entry names the Envers revisions the request made, which hold what
 * changed. An API request first reserves room for its entry; while the trail's backlog is full it
 * waits, paused, for the writer to catch up ({@code backlog-wait}), and is then refused with 503
 * before it runs, so that nothing it would have read or written goes unrecorded.
 */
@ApplicationScoped
public class AuditRequests {

    private static final Logger LOG = Logger.getLogger(AuditRequests.class);
    /** Where a request's Envers revisions are collected ({@link AuditRevisionListener}). */
    static final String REVISIONS = "parksuite.audit.revisions";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    /** Seconds a request refused for a full backlog is told to wait. */
    static final int BACKLOG_RETRY_AFTER = 1;
    /** How often a request waiting for room looks again. */
    private static final long BACKLOG_POLL_MILLIS = 5;

    private final AuditConfig config;
    private final AuditWriter writer;
    private final Pattern confidential;
    private final ObjectMapper objectMapper;
    private final Counter refused;

    public AuditRequests(AuditConfig config, AuditWriter writer, ObjectMapper objectMapper, MeterRegistry registry) {
        this.config = config;
        this.writer = writer;
        this.objectMapper = objectMapper;
        this.confidential = config.confidentialPaths().map(Pattern::compile).orElse(null);
        this.refused = Counter.builder("parksuite.audit.refused")
                .description("API requests refused with 503 because the audit trail's backlog was full")
                .register(registry);
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        router.route().order(-20_000).handler(context -> {
            if (isApi(context.request().path())) {
                admit(context, System.nanoTime() + config.backlogWait().toNanos());
            } else {
                proceed(context, false);
            }
        });
    }

    /** Lets the request run once room for its entry is reserved; refuses it when none frees up in time. */
    private void admit(RoutingContext context, long deadline) {
        if (context.response().closed()) {
            return;
        }
        if (writer.reserve()) {
            proceed(context, true);
        } else if (System.nanoTime() - deadline >= 0) {
            refuse(context);
        } else {
            context.vertx().setTimer(BACKLOG_POLL_MILLIS, timer -> admit(context, deadline));
        }
    }

    private void proceed(RoutingContext context, boolean reserved) {
        context.addEndHandler(ended -> {
            try {
                record(context, reserved);
            } catch (RuntimeException e) {
                if (reserved) {
                    writer.release();
                }
                LOG.errorf(e, "Could not record %s %s in the audit trail", context.request().method(), context.request().path());
            }
        });
        context.next();
    }

    private static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    private void refuse(RoutingContext context) {
        refused.increment();
        String requestId = context.request().getHeader("X-Request-Id");
        Problem problem = new Problem(Problem.TYPE_BASE + "service-unavailable", "Service Unavailable", 503,
                "The audit trail is behind; nothing was read or changed, retry later", context.request().path(),
                requestId != null && SAFE_REQUEST_ID.matcher(requestId).matches() ? requestId : null, null);
        try {
            context.response().setStatusCode(503)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", Integer.toString(BACKLOG_RETRY_AFTER))
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void record(RoutingContext context, boolean reserved) {
        String path = context.request().path();
        String query = context.request().query();
        int status = context.response().getStatusCode();
        Kind kind = kind(context.request().method(), path, query, status, confidential);
        if (kind == null) {
            if (reserved) {
                writer.release();
            }
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        boolean anonymous = identity == null || identity.isAnonymous();
        String requestId = context.request().getHeader("X-Request-Id");
        AuditEntry entry = new AuditEntry(OffsetDateTime.now(ZoneOffset.UTC),
                requestId != null && SAFE_REQUEST_ID.matcher(requestId).matches() ? requestId : null,
                anonymous ? "anonymous" : identity.getPrincipal().getName(),
                anonymous ? "" : String.join(" ", new TreeSet<>(identity.getRoles())),
                anonymous ? null : client(identity),
                context.request().method().name(),
                query == null ? path : path + "?" + query,
                status, kind, detail(context, kind));
        if (reserved) {
            writer.submit(entry);
        } else {
            writer.submitUnreserved(entry);
        }
    }

    /** Why a finished request belongs in the trail, or null when it does not. */
    static Kind kind(HttpMethod method, String path, String query, int status, Pattern confidential) {
        if (status == 401 || status == 403) {
            return Kind.REFUSED;
        }
        if (!path.startsWith("/api/")) {
            return null;
        }
        if (WRITES.contains(method)) {
            return Kind.WRITE;
        }
        if (!HttpMethod.GET.equals(method) || status < 200 || status >= 300) {
            return null;
        }
        if (path.endsWith("/export") || (query != null && query.matches("(^|.*&)format=(csv|xlsx)(&.*|$)"))) {
            return Kind.EXPORT;
        }
        return confidential != null && confidential.matcher(path).matches() ? Kind.CONFIDENTIAL_READ : null;
    }

    private static String detail(RoutingContext context, Kind kind) {
        if (kind != Kind.WRITE) {
            return null;
        }
        StringBuilder detail = new StringBuilder();
        String location = context.response().headers().get("Location");
        String etag = context.response().headers().get("ETag");
        List<AuditRevision> revisions = context.get(REVISIONS);
        if (location != null) {
            detail.append("location=").append(location);
        }
        if (etag != null) {
            detail.append(detail.isEmpty() ? "" : " ").append("etag=").append(etag);
        }
        if (revisions != null && !revisions.isEmpty()) {
            detail.append(detail.isEmpty() ? "" : " ").append("revisions=")
                    .append(revisions.stream().map(r -> Long.toString(r.id)).collect(Collectors.joining(",")));
        }
        return detail.isEmpty() ? null : detail.toString();
    }

    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            Object clientId = azp != null ? azp : token.getClaim("client_id");
            return clientId == null ? null : clientId.toString().replace("\"", "");
        }
        return null;
    }
}
