package io.parksuite.project.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.http.UuidParameters;
import io.parksuite.platform.inbox.EventHandler;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.persistence.Jdbc.SqlArray;
import io.parksuite.project.domain.Project;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Links prospective investors to the registry: when an enterprise is registered (or renamed), the
 * projects naming it as investor, by USCC, by its exact registered name, or as the project that
 * brought it in ({@code originProjectId}), become linked to it. A consumer batch locks its
 * enterprises, records their newest snapshots and reads the candidate projects in one statement
 * each; then each event, in order and in its own trace, links the candidates it names, as if the
 * events had been applied one by one.
 */
@ApplicationScoped
public class InvestorLinks {

    private static final List<String> LINK_FIELDS = List.of("investor.uscc", "investor.name", "investor.linked");
    private static final String LOCK = """
            select count(*) from (select pg_advisory_xact_lock(hashtext('investor ' || uscc))
                                    from unnest(?) with ordinality as locked(uscc, position)
                                   order by position) locks""";
    private static final String CANDIDATES = """
            select id from project
             where not investor_linked
               and (investor_uscc = any(?) or (investor_uscc is null and investor_name = any(?)) or id = any(?))""";
    private static final String RECORD = """
            insert into known_enterprise (uscc, name, aggregate_version, updated_at)
            select uscc, name, aggregate_version, ? from unnest(?, ?, ?) as snapshots(uscc, name, aggregate_version)
            on conflict (uscc) do update set name = excluded.name,
                   aggregate_version = excluded.aggregate_version, updated_at = excluded.updated_at
             where known_enterprise.aggregate_version < excluded.aggregate_version""";

    private final Jdbc jdbc;
    private final ProjectEvents events;
    private final ParkClock clock;

    public InvestorLinks(Jdbc jdbc, ProjectEvents events, ParkClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A handler for one consumer batch of enterprise snapshots. */
    public EventHandler batch() {
        return new Batch();
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

    /** The state of one batch between its {@code prepare} and the {@code handle} of its events. */
    private final class Batch implements EventHandler {

        private final Map<String, Long> held = new HashMap<>();
        private List<Project> candidates = List.of();

        @Override
        public void prepare(List<IncomingEvent> fresh) {
            List<Snapshot> snapshots = fresh.stream().map(Snapshot::of).toList();
            Map<String, Snapshot> newest = new TreeMap<>();
            for (Snapshot snapshot : snapshots) {
                newest.merge(snapshot.uscc(), snapshot, (one, other) -> one.version() >= other.version() ? one : other);
            }
            Object[] usccs = newest.keySet().toArray();
            jdbc.list(LOCK, row -> row.getLong(1), new SqlArray("varchar", usccs));
            held.clear();
            jdbc.list("select uscc, aggregate_version from known_enterprise where uscc = any(?)",
                    row -> held.put(row.getString(1), row.getLong(2)), new SqlArray("varchar", usccs));
            jdbc.update(RECORD, clock.now(), new SqlArray("varchar", usccs),
                    new SqlArray("varchar", newest.values().stream().map(Snapshot::name).toArray()),
                    new SqlArray("bigint", newest.values().stream().map(Snapshot::version).toArray()));
            candidates = candidates(snapshots.stream()
                    .filter(snapshot -> snapshot.version() > held.getOrDefault(snapshot.uscc(), Long.MIN_VALUE))
                    .toList());
        }

        @Override
        public void handle(IncomingEvent event) {
            Snapshot snapshot = Snapshot.of(event);
            if (snapshot.version() <= held.getOrDefault(snapshot.uscc(), Long.MIN_VALUE)) {
                return;
            }
            held.put(snapshot.uscc(), snapshot.version());
            for (Project project : candidates) {
                if (!project.investorLinked && snapshot.names(project)) {
                    project.linkInvestor(snapshot.uscc(), snapshot.name(), clock.now());
                    project.flush();
                    events.updated(project, LINK_FIELDS);
                }
            }
        }
    }

    /**
     * Unlinked projects that any of the snapshots names: their ids in one statement whatever the
     * batch's size (an HQL {@code in} list would be translated anew for each size), then the
     * entities, when there are any.
     */
    private List<Project> candidates(List<Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.list(CANDIDATES, row -> row.getObject(1, UUID.class),
                new SqlArray("varchar", snapshots.stream().map(Snapshot::uscc).distinct().toArray()),
                new SqlArray("varchar", snapshots.stream().map(Snapshot::name).distinct().toArray()),
                new SqlArray("uuid", snapshots.stream().map(Snapshot::origin).filter(Objects::nonNull).distinct().toArray()));
        return ids.isEmpty() ? List.of() : Project.list("id in ?1", ids);
    }

    /** What linking reads of an enterprise snapshot. */
    private record Snapshot(String uscc, String name, long version, UUID origin) {

        static Snapshot of(IncomingEvent event) {
            JsonNode data = event.data();
            JsonNode origin = data.get("originProjectId");
            return new Snapshot(data.get("uscc").asText(), data.get("name").asText(), event.aggregateVersion(),
                    origin == null || origin.isNull() ? null : UuidParameters.parse(origin.asText()).orElse(null));
        }

        /** Whether the project names this enterprise as its investor. */
        boolean names(Project project) {
            return uscc.equals(project.investorUscc)
                    || project.investorUscc == null && name.equals(project.investorName)
                    || project.id.equals(origin);
        }
    }
}
