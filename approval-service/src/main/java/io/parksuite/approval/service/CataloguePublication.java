package io.parksuite.approval.service;

import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.messaging.ServiceItemEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Announces the whole catalogue once, at the first start of a version that publishes item events, so that the
 * consumers' copies start complete; afterwards each create or change announces itself. The single row of
 * {@code catalogue_publication}, locked while the items are recorded, makes two instances starting together
 * announce it once.
 */
@ApplicationScoped
public class CataloguePublication {

    private final EntityManager entityManager;
    private final ServiceItemEvents events;

    public CataloguePublication(EntityManager entityManager, ServiceItemEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::publishOnce);
    }

    void publishOnce() {
        Object publishedAt = entityManager.createNativeQuery(
                "select published_at from catalogue_publication where id = 1 for update").getSingleResult();
        if (publishedAt != null) {
            return;
        }
        events.changed(ServiceItem.<ServiceItem>listAll());
        entityManager.createNativeQuery("update catalogue_publication set published_at = ?1 where id = 1")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
