package io.parksuite.platform.audit;

import io.parksuite.platform.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.hibernate.envers.RevisionListener;

/** Stamps each audit revision with the caller of the request that made it. */
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
    }
}
