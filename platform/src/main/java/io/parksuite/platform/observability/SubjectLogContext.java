package io.parksuite.platform.observability;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/**
 * Puts the caller's {@code subject} into the request's log lines as soon as its token is read,
 * before any rule can refuse it. It works as an identity augmentor rather than an observer of
 * Quarkus's authentication events: any such observer makes Quarkus also deliver each event
 * asynchronously, a hand-off to a worker thread on every request.
 */
@ApplicationScoped
public class SubjectLogContext implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String subject = RequestLogContext.subject(identity);
        if (subject != null && VertxContext.isOnDuplicatedContext()) {
            MDC.put(RequestLogContext.SUBJECT, subject);
        }
        return Uni.createFrom().item(identity);
    }
}
