package io.parksuite.platform.retention;

import io.parksuite.platform.audit.AuditConfig;
import io.parksuite.platform.outbox.OutboxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps the platform tables small: published outbox rows, old processed-event records and
 * expired idempotency keys are deleted once past their retention. Unpublished rows are never touched.
 * Audit entries go only after their retention, never before six months (the database refuses it).
 * With several replicas, one purges at a time (a transaction-scoped advisory lock): the others skip
 * the round instead of deleting the same rows concurrently.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private static final Duration AUDIT_MINIMUM = Duration.ofDays(184);
    static final long ADVISORY_LOCK_KEY = 0x5041524b50555247L;

    private final OutboxConfig config;
    private final AuditConfig auditConfig;
    private final EntityManager entityManager;
    private final Duration idempotencyRetention;

    public RetentionPurge(OutboxConfig config, AuditConfig auditConfig, EntityManager entityManager,
                          @ConfigProperty(name = "parksuite.idempotency.retention", defaultValue = "24h")
                          Duration idempotencyRetention) {
        this.config = config;
        this.auditConfig = auditConfig;
        this.entityManager = entityManager;
        this.idempotencyRetention = idempotencyRetention;
    }

    @Scheduled(every = "${parksuite.outbox.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purge() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.debug("Another replica is purging; skipped");
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int outbox = entityManager.createNativeQuery(
                        "delete from outbox_event where published_at is not null and published_at < ?1")
                .setParameter(1, now.minus(config.publishedRetention()))
                .executeUpdate();
        int processed = entityManager.createNativeQuery("delete from processed_event where processed_at < ?1")
                .setParameter(1, now.minus(config.processedRetention()))
                .executeUpdate();
        int keys = entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, now.minus(idempotencyRetention))
                .executeUpdate();
        OffsetDateTime auditBefore = now.minus(auditConfig.retention().compareTo(AUDIT_MINIMUM) > 0
                ? auditConfig.retention() : AUDIT_MINIMUM);
        entityManager.createNativeQuery("delete from audit_chain c using audit_entry e"
                        + " where e.id = c.entry_id and e.occurred_at < ?1")
                .setParameter(1, auditBefore)
                .executeUpdate();
        int audit = entityManager.createNativeQuery("delete from audit_entry where occurred_at < ?1")
                .setParameter(1, auditBefore)
                .executeUpdate();
        if (outbox + processed + keys + audit > 0) {
            LOG.infof("Purged %d published outbox rows, %d processed-event records, %d idempotency keys, %d audit entries",
                    outbox, processed, keys, audit);
        }
    }
}
