package io.parksuite.platform.audit;

import io.parksuite.platform.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.hibernate.envers.RevisionListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Stamps each audit revision with the caller of the request that made it, and lets the request's
 * audit-trail entry name the revision ({@link AuditRequests}).
 */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            revision.actor = SYSTEM;
            return;
        }
        Caller caller = container.instance(Caller.class).get();
        if (caller.isAnonymous()) {
            revision.actor = SYSTEM;
            return;
        }
        revision.actor = caller.subject();
        revision.client = caller.clientId();
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            List<AuditRevision> revisions = request.get(AuditRequests.REVISIONS);
            if (revisions == null) {
                revisions = new ArrayList<>();
                request.put(AuditRequests.REVISIONS, revisions);
            }
            revisions.add(revision);
        }
    }
}
