package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.http.UuidParameters;
import io.parksuite.project.domain.Project;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Links prospective investors to the registry: when an enterprise is registered (or renamed), the
 * projects naming it as investor, by USCC, by its exact registered name, or as the project that
 * brought it in ({@code originProjectId}), become linked to it.
 */
@ApplicationScoped
public class InvestorLinks {

    private static final List<String> LINK_FIELDS = List.of("investor.uscc", "investor.name", "investor.linked");

    private final EntityManager entityManager;
    private final ProjectEvents events;
    private final ParkClock clock;

    public InvestorLinks(EntityManager entityManager, ProjectEvents events, ParkClock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Applies an enterprise snapshot; returns how many projects became linked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(IncomingEvent event) {
        JsonNode snapshot = event.data();
        String uscc = snapshot.get("uscc").asText();
        String name = snapshot.get("name").asText();
        lockInvestor(entityManager, uscc);
        boolean newer = entityManager.createNativeQuery("""
                        insert into known_enterprise (uscc, name, aggregate_version, updated_at) values (?1, ?2, ?3, ?4)
                        on conflict (uscc) do update set name = excluded.name,
                               aggregate_version = excluded.aggregate_version, updated_at = excluded.updated_at
                         where known_enterprise.aggregate_version < excluded.aggregate_version""")
                .setParameter(1, uscc).setParameter(2, name).setParameter(3, event.aggregateVersion())
                .setParameter(4, clock.now())
                .executeUpdate() == 1;
        if (!newer) {
            return 0;
        }
        UUID origin = originProject(snapshot);
        List<Project> prospective = Project.list(
                "investorLinked = false and (investorUscc = ?1 or (investorUscc is null and investorName = ?2) or id = ?3)",
                uscc, name, origin);
        for (Project project : prospective) {
            project.linkInvestor(uscc, name, clock.now());
            project.flush();
            events.updated(project, LINK_FIELDS);
        }
        return prospective.size();
    }

    /**
     * Orders, per USCC, a project's look-up of its investor in {@code known_enterprise} with the
     * transaction that records the enterprise and links the projects naming it: without it, a project
     * created while that transaction is open sees neither the enterprise nor is seen by the linking,
     * and stays unlinked. Held until the transaction ends.
     */
    static void lockInvestor(EntityManager entityManager, String uscc) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "investor " + uscc).getSingleResult();
    }

    private static UUID originProject(JsonNode snapshot) {
        JsonNode origin = snapshot.get("originProjectId");
        return origin == null || origin.isNull() ? null : UuidParameters.parse(origin.asText()).orElse(null);
    }
}
