package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.approval.config.ApprovalConfig;
import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.BundleDefined;
import io.parksuite.approval.domain.Channel;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.http.UuidParameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A project reaching 签约 gets a draft application for the configured bundle (工业项目开工一件事),
 * carrying its {@code projectId} and pre-filled from the project snapshot and the desk's copy of the
 * investor's registry data, so the applicant is not asked again for what the park holds (数据换人).
 * One draft per project and bundle, however often the event arrives. When the bundle is not in the
 * catalogue yet, the project is remembered with its signing data and gets its draft in the transaction
 * that defines the bundle; a periodic sweep catches a bundle defined while the event was being handled.
 */
@ApplicationScoped
public class ProjectDrafts {

    private static final Logger LOG = Logger.getLogger(ProjectDrafts.class);
    public static final String ACTOR = "system:project-signed";
    static final Set<String> SIGNED = Set.of("SIGNED", "签约");

    private final Applications applications;
    private final ApplicationIntake intake;
    private final ApprovalConfig config;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ProjectDrafts(Applications applications, ApplicationIntake intake, ApprovalConfig config,
                         EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.applications = applications;
        this.intake = intake;
        this.clock = clock;
        this.config = config;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application apply(IncomingEvent event) {
        JsonNode data = event.data();
        String to = text(data, "to");
        if (to == null || !SIGNED.contains(to)) {
            return null;
        }
        String projectIdText = text(data, "id") != null ? text(data, "id") : text(data, "projectId");
        if (projectIdText == null) {
            LOG.warnf("Stage change %s names no project id; ignored", event.id());
            return null;
        }
        UUID projectId = UuidParameters.parse(projectIdText)
                .orElseThrow(() -> new IllegalArgumentException("Invalid UUID string: " + projectIdText));
        Bundle bundle = Bundle.findById(config.projectSignedBundle());
        if (bundle == null) {
            remember(projectId, config.projectSignedBundle(), event.id(), data);
            LOG.warnf("Bundle %s is not in the catalogue yet; project %s waits for it and gets its draft when it is defined",
                    config.projectSignedBundle(), projectId);
            return null;
        }
        return draft(projectId, bundle, data);
    }

    /** The projects waiting for {@code bundleCode}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<UUID> pending(String bundleCode) {
        return entityManager.createNativeQuery(
                        "select project_id from pending_project_draft where bundle_code = ?1 order by received_at", UUID.class)
                .setParameter(1, bundleCode).getResultList();
    }

    /** Drafts for the projects that were waiting for a bundle, once the bundle's definition committed. */
    void onBundleDefined(@Observes(during = TransactionPhase.AFTER_SUCCESS) BundleDefined defined) {
        draftPending(defined.code());
    }

    @Scheduled(every = "${parksuite.approval.pending-drafts-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        draftAllPending();
    }

    /** Creates the drafts of every waiting project whose bundle is now in the catalogue; returns how many. */
    public int draftAllPending() {
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct p.bundle_code from pending_project_draft p join bundle b on b.code = p.bundle_code",
                String.class).getResultList());
        return codes.stream().mapToInt(this::draftPending).sum();
    }

    /**
     * Each waiting project in a transaction of its own, so one that cannot get its draft stays waiting (and
     * logged) without holding back the others; a project another instance is handling is skipped.
     */
    private int draftPending(String bundleCode) {
        int created = 0;
        for (UUID projectId : QuarkusTransaction.requiringNew().call(() -> pending(bundleCode))) {
            try {
                created += QuarkusTransaction.requiringNew().call(() -> draftWaiting(projectId, bundleCode));
            } catch (RuntimeException e) {
                LOG.warnf("Project %s keeps waiting for its %s draft: %s", projectId, bundleCode, e.getMessage());
            }
        }
        if (created > 0) {
            LOG.infof("Bundle %s defined: %d signed projects that were waiting got their drafts", bundleCode, created);
        }
        return created;
    }

    @SuppressWarnings("unchecked")
    private int draftWaiting(UUID projectId, String bundleCode) throws com.fasterxml.jackson.core.JsonProcessingException {
        Bundle bundle = Bundle.findById(bundleCode);
        List<String> signed = entityManager.createNativeQuery("""
                        select cast(signed_event as text) from pending_project_draft
                        where project_id = ?1 and bundle_code = ?2 for update skip locked""", String.class)
                .setParameter(1, projectId).setParameter(2, bundleCode).getResultList();
        if (bundle == null || signed.isEmpty()) {
            return 0;
        }
        Application draft = draft(projectId, bundle, objectMapper.readTree(signed.get(0)));
        entityManager.createNativeQuery("delete from pending_project_draft where project_id = ?1")
                .setParameter(1, projectId).executeUpdate();
        return draft == null ? 0 : 1;
    }

    private void remember(UUID projectId, String bundleCode, String eventId, JsonNode data) {
        entityManager.createNativeQuery("""
                        insert into pending_project_draft (project_id, bundle_code, event_id, signed_event, received_at)
                        values (?1, ?2, ?3, cast(?4 as jsonb), ?5)
                        on conflict (project_id) do update set bundle_code = excluded.bundle_code, event_id = excluded.event_id,
                            signed_event = excluded.signed_event, received_at = excluded.received_at""")
                .setParameter(1, projectId).setParameter(2, bundleCode).setParameter(3, eventId)
                .setParameter(4, data.toString())
                .setParameter(5, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * The draft, unless the project already has an application for the bundle. Concurrent handlers of the same
     * project and bundle (a redelivery, a rebalanced consumer, the sweep on another instance) take turns on a
     * transaction-scoped advisory lock, so the later one sees the earlier one's draft once it commits; the
     * partial unique index on the desk's drafts holds the rule whatever the path.
     */
    private Application draft(UUID projectId, Bundle bundle, JsonNode data) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "approval.project-draft|" + projectId + "|" + bundle.code).getSingleResult();
        if (Application.count("projectId = ?1 and bundleCode = ?2", projectId, bundle.code) > 0) {
            return null;
        }
        JsonNode investor = data.path("investor");
        String uscc = investor.isObject() ? text(investor, "uscc") : text(data, "investorUscc");
        String investorName = investor.isObject() ? text(investor, "name") : text(data, "investorName");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("projectId", projectId.toString());
        put(form, "projectName", text(data, "name"));
        put(form, "enterpriseName", investorName);
        put(form, "uscc", uscc);
        put(form, "plannedInvestmentYuan", text(data, "plannedInvestmentYuan"));
        put(form, "landAreaMu", text(data, "landAreaMu"));
        JsonNode capacity = data.path("capacity");
        if (capacity.isObject() && text(capacity, "quantity") != null) {
            put(form, "capacity", text(capacity, "quantity") + (text(capacity, "unit") == null ? "" : " " + text(capacity, "unit")));
        }
        put(form, "chainCode", text(data, "chainCode"));
        put(form, "streetCode", text(data, "streetCode"));
        put(form, "signedOn", text(data, "date") != null ? text(data, "date") : text(data, "stageDate"));
        List<ServiceItem> items = applications.itemsOf(bundle.code);
        boolean buildFirst = data.path("buildBeforeApproval").asBoolean(false)
                && items.stream().anyMatch(i -> i.buildFirstEligible);
        boolean online = items.stream().allMatch(i -> i.onlineCapable);
        Application draft = intake.create(new NewApplication(null, bundle.code,
                uscc != null && io.parksuite.platform.uscc.Uscc.problem(uscc) == null ? uscc : null, null,
                investorName != null ? investorName : text(data, "name"), projectId,
                online ? Channel.ONLINE : Channel.COUNTER, form, false, buildFirst, false), ACTOR);
        draft.projectDraft = true;
        draft.flush();
        return draft;
    }

    private static void put(Map<String, Object> form, String key, String value) {
        if (value != null && !value.isBlank()) {
            form.put(key, value);
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
