package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.EnterpriseDimension;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies enterprise snapshots to the local dimension: the enterprise row, its chains
 * (effective-dated) and its designations by year. A snapshot is applied only when its
 * {@code aggregateVersion} is newer than the one held: redelivered, reordered or replayed
 * snapshots never move the copy backwards, even with two instances applying at once. When a
 * newer snapshot reclassifies an enterprise that has already reported, the rollup moves its
 * contributions to the new cells in the same transaction. A consumer batch first locks the
 * dimension rows of all its enterprises in USCC order, as intake does ({@link RollupLocks}).
 */
@ApplicationScoped
public class EnterpriseDimensions {

    public static final int MAX_LOOKUP = 100;
    private static final int ATTRIBUTES = 12;

    private final Jdbc jdbc;
    private final Classifications classifications;
    private final ReportFacts facts;
    private final Rollup rollup;
    private final Clock clock;

    public EnterpriseDimensions(Jdbc jdbc, Classifications classifications, ReportFacts facts, Rollup rollup,
                                Clock clock) {
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.facts = facts;
        this.rollup = rollup;
        this.clock = clock;
    }

    /** @return true if the snapshot was newer and is now the one held */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingEvent event) {
        return !applyAll(List.of(event)).isEmpty();
    }

    /**
     * Applies the events of a consumer batch at once: the newest snapshot of each enterprise they
     * name, after locking the dimension rows of all of them (USCC order), so the batch takes no
     * dimension lock after it has written to the rollup. New enterprises are inserted by one
     * statement; known ones whose snapshot is newer than the one held are updated together, and
     * their reports' contributions move to the new cells in one rollup write.
     *
     * @return the USCCs whose copy now holds a snapshot of the batch
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> applyAll(List<IncomingEvent> events) {
        Map<String, Snapshot> newest = new TreeMap<>();
        for (IncomingEvent event : events) {
            Snapshot snapshot = new Snapshot(event.data(), event.aggregateVersion(), classificationOf(event.data()));
            newest.merge(snapshot.uscc(), snapshot, (held, next) -> next.version() > held.version() ? next : held);
        }
        if (newest.isEmpty()) {
            return Set.of();
        }
        return jdbc.call(connection -> {
            classifications.lock(connection, newest.keySet());
            Map<String, Long> claimed = claim(connection, newest.values());
            List<Snapshot> inserted = new ArrayList<>();
            List<Snapshot> newer = new ArrayList<>();
            for (Snapshot snapshot : newest.values()) {
                Long held = claimed.get(snapshot.uscc());
                if (held == null) {
                    inserted.add(snapshot);
                } else if (held < snapshot.version()) {
                    newer.add(snapshot);
                }
            }
            Map<Cell, Measures> moved = newer.isEmpty() ? Map.of() : update(connection, newer);
            List<Classification> applied = new ArrayList<>(inserted.size() + newer.size());
            inserted.forEach(snapshot -> applied.add(snapshot.classification()));
            newer.forEach(snapshot -> applied.add(snapshot.classification()));
            classifications.insert(connection, applied);
            rollup.add(connection, moved);
            Set<String> usccs = new TreeSet<>();
            applied.forEach(classification -> usccs.add(classification.uscc()));
            return usccs;
        });
    }

    /**
     * Inserts the enterprises not held yet, in USCC order, and reads the version held of the others.
     *
     * @return the version held before, for each enterprise that was already known
     */
    private Map<String, Long> claim(Connection connection, Collection<Snapshot> snapshots) throws SQLException {
        String[][] columns = new String[ATTRIBUTES][snapshots.size()];
        int row = 0;
        for (Snapshot snapshot : snapshots) {
            String[] attributes = attributesOf(snapshot);
            for (int column = 0; column < attributes.length; column++) {
                columns[column][row] = attributes[column];
            }
            row++;
        }
        Map<String, Long> held = new HashMap<>();
        try (PreparedStatement claim = connection.prepareStatement("""
                insert into enterprise_dimension
                       (uscc, name, status, street_code, industry_code, aggregate_version, registered_at, updated_at,
                        established_on, valuation_amount, valuation_currency, valuation_valued_on, valuation_source)
                select uscc, name, status, street_code, industry_code, version::bigint, registered_at::timestamptz, ?,
                       established_on::date, valuation_amount::numeric, valuation_currency, valuation_valued_on::date,
                       valuation_source
                  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::text[])
                       with ordinality as snapshot(uscc, name, status, street_code, industry_code, version,
                                                   registered_at, established_on, valuation_amount,
                                                   valuation_currency, valuation_valued_on, valuation_source, position)
                 order by position
                on conflict (uscc) do update set aggregate_version = enterprise_dimension.aggregate_version
                returning uscc, xmax = 0, aggregate_version""")) {
            claim.setTimestamp(1, Timestamp.from(clock.instant()));
            for (int column = 0; column < ATTRIBUTES; column++) {
                claim.setArray(column + 2, connection.createArrayOf("text", columns[column]));
            }
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        held.put(rows.getString(1), rows.getLong(3));
                    }
                }
            }
        }
        return held;
    }

    /**
     * Writes newer snapshots over known enterprises, their chains and designations cleared for the
     * new ones, and returns what their reports' contributions move in the rollup.
     */
    private Map<Cell, Measures> update(Connection connection, List<Snapshot> newer) throws SQLException {
        List<String> usccs = newer.stream().map(Snapshot::uscc).toList();
        Map<String, Map<Period, ReportFigures>> reports = new HashMap<>();
        facts.current(connection, usccs, null).forEach((uscc, current) -> reports.put(uscc, ReportFacts.figuresOf(current)));
        reports.values().removeIf(Map::isEmpty);
        Map<String, Classification> before = reports.isEmpty() ? Map.of()
                : classifications.load(connection, reports.keySet());
        try (PreparedStatement update = connection.prepareStatement("""
                with chains as (delete from enterprise_chain where uscc = ?),
                     designations as (delete from enterprise_designation where uscc = ?)
                update enterprise_dimension set name = ?, status = ?, street_code = ?, industry_code = ?,
                       aggregate_version = ?::bigint, registered_at = ?::timestamptz, established_on = ?::date,
                       valuation_amount = ?::numeric, valuation_currency = ?, valuation_valued_on = ?::date,
                       valuation_source = ?, updated_at = ?
                 where uscc = ?""")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (Snapshot snapshot : newer) {
                update.setString(1, snapshot.uscc());
                update.setString(2, snapshot.uscc());
                String[] attributes = attributesOf(snapshot);
                for (int column = 1; column < attributes.length; column++) {
                    update.setString(column + 2, attributes[column]);
                }
                update.setTimestamp(ATTRIBUTES + 2, now);
                update.setString(ATTRIBUTES + 3, snapshot.uscc());
                update.addBatch();
            }
            update.executeBatch();
        }
        Map<Cell, Measures> moved = new TreeMap<>();
        for (Snapshot snapshot : newer) {
            Map<Period, ReportFigures> figures = reports.get(snapshot.uscc());
            if (figures != null) {
                Contributions.delta(Contributions.of(before.get(snapshot.uscc()), figures),
                        Contributions.of(snapshot.classification(), figures)).forEach((cell, measures) ->
                        moved.merge(cell, measures, Measures::plus));
            }
        }
        moved.values().removeIf(Measures::isZero);
        return moved;
    }

    /**
     * The {@value #ATTRIBUTES} columns a snapshot sets, as text in the order {@link #claim} and
     * {@link #update} bind them: the USCC and the registry's attributes, then the date of
     * establishment and the latest valuation, which only the growth assessment reads.
     */
    private static String[] attributesOf(Snapshot snapshot) {
        JsonNode data = snapshot.data();
        JsonNode valuation = data.path("valuation");
        boolean valued = valuation.isObject();
        String established = text(data, "establishedOn");
        return new String[] {
                snapshot.uscc(),
                data.get("name").asText(),
                data.get("status").asText(),
                text(data, "streetCode"),
                text(data, "industryCode"),
                Long.toString(snapshot.version()),
                OffsetDateTime.parse(data.get("registeredAt").asText()).toString(),
                established == null ? null : LocalDate.parse(established).toString(),
                valued ? valuation.get("amount").decimalValue().toPlainString() : null,
                valued ? valuation.get("currency").asText() : null,
                valued ? LocalDate.parse(valuation.get("valuedOn").asText()).toString() : null,
                valued ? valuation.get("source").asText() : null};
    }

    /** An enterprise snapshot of an event, with the classification it carries. */
    private record Snapshot(JsonNode data, long version, Classification classification) {
        String uscc() {
            return classification.uscc();
        }
    }

    /** The street, chains and designations a snapshot carries; absent lists mean none. */
    static Classification classificationOf(JsonNode snapshot) {
        List<Classification.ChainMembership> chains = new ArrayList<>();
        for (JsonNode chain : snapshot.path("chains")) {
            String validTo = text(chain, "validTo");
            chains.add(new Classification.ChainMembership(chain.get("code").asText(),
                    LocalDate.parse(chain.get("validFrom").asText()), validTo == null ? null : LocalDate.parse(validTo)));
        }
        List<Classification.HeldDesignation> designations = new ArrayList<>();
        for (JsonNode designation : snapshot.path("designations")) {
            designations.add(new Classification.HeldDesignation(designation.get("type").asText(),
                    designation.get("year").asInt()));
        }
        return new Classification(snapshot.get("uscc").asText(), text(snapshot, "streetCode"), chains, designations);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnterpriseDimension> findAll(Collection<String> usccs) {
        return EnterpriseDimension.list("uscc in ?1 order by uscc", Set.copyOf(usccs));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnterpriseDimension> find(String uscc) {
        return EnterpriseDimension.findByIdOptional(uscc);
    }
}
