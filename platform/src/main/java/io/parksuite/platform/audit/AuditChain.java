package io.parksuite.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.platform.events.EventSchemas;
import io.parksuite.platform.observability.ShutdownState;
import io.parksuite.platform.outbox.OutboxProducerFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Links committed audit entries into the service's hash chain in one background step, as the
 * outbox relay publishes: one replica at a time (a transaction-scoped advisory lock), so writes are
 * never serialised on the chain. Every {@code head-every} it publishes the chain's head to the
 * heads topic, an anchor outside the database: a chain rewritten or cut short after a head was
 * published no longer matches it ({@code deploy/suite audit verify}).
 */
@ApplicationScoped
public class AuditChain {

    static final long ADVISORY_LOCK_KEY = 0x5041524b41554454L;
    private static final Logger LOG = Logger.getLogger(AuditChain.class);
    private static final int LINKS_PER_STEP = 50_000;
    /** The event type of the chain heads published on audit.heads. */
    public static final String HEAD_TYPE = "parksuite.audit.chain-head.v1";

    private final AuditConfig config;
    private final AuditWriter writer;
    private final EntityManager entityManager;
    private final OutboxProducerFactory producerFactory;
    private final ObjectMapper objectMapper;
    private final EventSchemas schemas;
    private final String service;
    private final ShutdownState shutdown;
    private volatile Instant lastHead = Instant.EPOCH;
    private KafkaProducer<String, byte[]> producer;

    public AuditChain(AuditConfig config, AuditWriter writer, EntityManager entityManager,
                      OutboxProducerFactory producerFactory, ObjectMapper objectMapper, EventSchemas schemas,
                      @ConfigProperty(name = "quarkus.application.name") String service, ShutdownState shutdown) {
        this.config = config;
        this.writer = writer;
        this.entityManager = entityManager;
        this.producerFactory = producerFactory;
        this.objectMapper = objectMapper;
        this.schemas = schemas;
        this.service = service;
        this.shutdown = shutdown;
    }

    /** The head of a chain: its newest link. */
    public record Head(String service, long seq, long entryId, String hash, OffsetDateTime publishedAt) {
    }

    /** A place where the chain does not hold, as {@code audit_chain_verify()} finds it. */
    public record Break(Long seq, Long entryId, String problem) {
    }

    @Scheduled(every = "${parksuite.audit.chain-every:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void step() {
        try {
            extend();
            if (Instant.now().isAfter(lastHead.plus(config.headEvery()))
                    && head().map(this::publish).orElse(true)) {
                lastHead = Instant.now();
            }
        } catch (RuntimeException e) {
            if (shutdown.stopping()) {
                LOG.debugf("Audit chain step failed while shutting down (%s)", e.getMessage());
            } else {
                LOG.warnf("Audit chain step failed (%s); it runs again in %s", e.getMessage(), config.chainEvery());
            }
        }
    }

    /** Links every committed entry not yet in the chain; returns how many it linked. */
    public int extend() {
        int total = 0;
        int linked;
        do {
            linked = QuarkusTransaction.requiringNew().call(() -> {
                Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult();
                if (!Boolean.TRUE.equals(locked)) {
                    return 0;
                }
                return ((Number) entityManager.createNativeQuery("select audit_chain_extend(?1)")
                        .setParameter(1, LINKS_PER_STEP).getSingleResult()).intValue();
            });
            total += linked;
        } while (linked == LINKS_PER_STEP);
        return total;
    }

    /** Writes what is queued and links it: the trail as it stands now. */
    public int settle() {
        writer.flush();
        return extend();
    }

    public Optional<Head> head() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select seq, entry_id, hash from audit_chain order by seq desc limit 1").getResultList();
            return rows.stream().findFirst().map(row -> new Head(service, ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(), ((String) row[2]).trim(), OffsetDateTime.now(ZoneOffset.UTC)));
        });
    }

    public List<Break> verify() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select seq, entry_id, problem from audit_chain_verify()").getResultList();
            return rows.stream().map(row -> new Break(row[0] == null ? null : ((Number) row[0]).longValue(),
                    row[1] == null ? null : ((Number) row[1]).longValue(), (String) row[2])).toList();
        });
    }

    /** Why the chain no longer holds a head published earlier, or empty when it does. */
    public Optional<String> checkAgainst(Head published) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable((String) entityManager
                .createNativeQuery("select audit_chain_check_head(?1, ?2)")
                .setParameter(1, published.seq()).setParameter(2, published.hash()).getSingleResult()));
    }

    /** Publishes {@code head} as a {@code parksuite.audit.chain-head.v1} record, keyed by service; false if Kafka did not take it. */
    public boolean publish(Head head) {
        try {
            List<String> violations = schemas.violations(HEAD_TYPE, objectMapper.valueToTree(head));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Chain head fails its schema: " + violations);
            }
            byte[] payload = objectMapper.writeValueAsBytes(head);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(config.headsTopic(), service, payload);
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", HEAD_TYPE.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", ("/parksuite/" + service).getBytes(StandardCharsets.UTF_8))
                    .add("ce_time", head.publishedAt().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_subject", service.getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer().send(record).get(30, TimeUnit.SECONDS);
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("Audit chain head %d not published (%s); the next step tries again", head.seq(), e.getMessage());
            return false;
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> properties = producerFactory.producerProperties();
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-audit-chain");
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
