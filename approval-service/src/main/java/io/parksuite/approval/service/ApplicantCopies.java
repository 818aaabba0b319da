package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.persistence.Jdbc.SqlArray;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the desk's copy of enterprise registry data (from {@code enterprise.events}) for filling in
 * applications; a snapshot replaces the copy only when its {@code aggregateVersion} is newer. A
 * consumer batch is written in one statement: the newest snapshot of each enterprise it names.
 */
@ApplicationScoped
public class ApplicantCopies {

    private static final String UPSERT = """
            insert into applicant_enterprise (uscc, name, legal_representative, address, status, aggregate_version,
                                              snapshot)
            select uscc, name, legal_representative, address, status, aggregate_version, snapshot::jsonb
              from unnest(?, ?, ?, ?, ?, ?, ?)
                   as copies(uscc, name, legal_representative, address, status, aggregate_version, snapshot)
            on conflict (uscc) do update set name = excluded.name,
                   legal_representative = excluded.legal_representative, address = excluded.address,
                   status = excluded.status, aggregate_version = excluded.aggregate_version,
                   snapshot = excluded.snapshot
             where applicant_enterprise.aggregate_version < excluded.aggregate_version""";

    private final Jdbc jdbc;

    public ApplicantCopies(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the snapshots; answers how many copies were written or replaced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<IncomingEvent> events) {
        Collection<IncomingEvent> newest = newestPerEnterprise(events);
        if (newest.isEmpty()) {
            return 0;
        }
        return jdbc.update(UPSERT,
                column(newest, "varchar", event -> event.data().path("uscc").asText()),
                column(newest, "varchar", event -> event.data().path("name").asText()),
                column(newest, "varchar", event -> text(event.data(), "legalRepresentative")),
                column(newest, "varchar", event -> text(event.data(), "address")),
                column(newest, "varchar", event -> text(event.data(), "status")),
                column(newest, "bigint", IncomingEvent::aggregateVersion),
                column(newest, "text", event -> event.data().toString()));
    }

    /** One snapshot per USCC, the one of the highest version: a statement may change a row only once. */
    private static Collection<IncomingEvent> newestPerEnterprise(List<IncomingEvent> events) {
        Map<String, IncomingEvent> newest = new LinkedHashMap<>();
        for (IncomingEvent event : events) {
            String uscc = event.data().path("uscc").asText(null);
            if (uscc != null) {
                newest.merge(uscc, event, (held, next) -> next.aggregateVersion() > held.aggregateVersion() ? next : held);
            }
        }
        return newest.values();
    }

    private static SqlArray column(Collection<IncomingEvent> events, String type,
                                   Function<IncomingEvent, Object> value) {
        return new SqlArray(type, events.stream().map(value).toArray());
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
