package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.EnterpriseDimension;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public EnterpriseDimensions(Jdbc jdbc, Classifications classifications, ReportFacts facts, Rollup rollup,
                                TransactionSynchronizationRegistry transactions, Clock clock) {
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.facts = facts;
        this.rollup = rollup;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true if the snapshot was newer and is now the one held */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingEvent event) {
        JsonNode snapshot = event.data();
        Classification next = classificationOf(snapshot);
        return jdbc.call(connection -> apply(connection, snapshot, event.aggregateVersion(), next));
    }

    /**
     * Applies one event of a batch whose events all run in the current transaction: the first call
     * of the transaction locks the dimension rows of every enterprise of {@code batch} (USCC order),
     * so the batch takes no dimension lock after it has written to the rollup.
     *
     * @return true if the snapshot was newer and is now the one held
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingEvent event, Set<String> batch) {
        JsonNode snapshot = event.data();
        Classification next = classificationOf(snapshot);
        return jdbc.call(connection -> {
            if (transactions.getResource(batch) == null) {
                classifications.lock(connection, batch);
                transactions.putResource(batch, Boolean.TRUE);
            }
            return apply(connection, snapshot, event.aggregateVersion(), next);
        });
    }

    private boolean apply(Connection connection, JsonNode snapshot, long version, Classification next)
            throws SQLException {
        boolean inserted;
        long held;
        try (PreparedStatement claim = connection.prepareStatement("""
                insert into enterprise_dimension
                       (name, status, street_code, industry_code, aggregate_version, registered_at, updated_at,
                        established_on, valuation_amount, valuation_currency, valuation_valued_on, valuation_source,
                        uscc)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (uscc) do update set aggregate_version = enterprise_dimension.aggregate_version
                returning xmax = 0, aggregate_version""")) {
            bindAttributes(claim, snapshot, version, 0);
            claim.setString(ATTRIBUTES + 1, next.uscc());
            try (ResultSet row = claim.executeQuery()) {
                row.next();
                inserted = row.getBoolean(1);
                held = row.getLong(2);
            }
        }
        if (inserted) {
            classifications.replace(connection, next, false);
            return true;
        }
        if (held >= version) {
            return false;
        }
        Map<Period, ReportFigures> reports = ReportFacts.figuresOf(
                facts.current(connection, List.of(next.uscc()), null).get(next.uscc()));
        var before = reports.isEmpty() ? null
                : Contributions.of(classifications.load(connection, List.of(next.uscc())).get(next.uscc()), reports);
        try (PreparedStatement update = connection.prepareStatement("""
                with chains as (delete from enterprise_chain where uscc = ?),
                     designations as (delete from enterprise_designation where uscc = ?)
                update enterprise_dimension set name = ?, status = ?, street_code = ?, industry_code = ?,
                       aggregate_version = ?, registered_at = ?, updated_at = ?, established_on = ?,
                       valuation_amount = ?, valuation_currency = ?, valuation_valued_on = ?, valuation_source = ?
                 where uscc = ?""")) {
            update.setString(1, next.uscc());
            update.setString(2, next.uscc());
            bindAttributes(update, snapshot, version, 2);
            update.setString(ATTRIBUTES + 3, next.uscc());
            update.executeUpdate();
        }
        classifications.replace(connection, next, false);
        if (before != null) {
            rollup.add(connection, Contributions.delta(before, Contributions.of(next, reports)));
        }
        return true;
    }

    /**
     * Binds the {@value #ATTRIBUTES} attributes a snapshot sets, from {@code offset + 1}: the
     * registry's, then the date of establishment and the latest valuation, which only the growth
     * assessment reads.
     */
    private void bindAttributes(PreparedStatement statement, JsonNode snapshot, long version, int offset)
            throws SQLException {
        statement.setString(offset + 1, snapshot.get("name").asText());
        statement.setString(offset + 2, snapshot.get("status").asText());
        statement.setString(offset + 3, text(snapshot, "streetCode"));
        statement.setString(offset + 4, text(snapshot, "industryCode"));
        statement.setLong(offset + 5, version);
        statement.setObject(offset + 6, OffsetDateTime.parse(snapshot.get("registeredAt").asText()));
        statement.setTimestamp(offset + 7, Timestamp.from(clock.instant()));
        String established = text(snapshot, "establishedOn");
        statement.setObject(offset + 8, established == null ? null : LocalDate.parse(established), Types.DATE);
        JsonNode valuation = snapshot.path("valuation");
        boolean valued = valuation.isObject();
        statement.setBigDecimal(offset + 9, valued ? valuation.get("amount").decimalValue() : null);
        statement.setString(offset + 10, valued ? valuation.get("currency").asText() : null);
        statement.setObject(offset + 11, valued ? LocalDate.parse(valuation.get("valuedOn").asText()) : null,
                Types.DATE);
        statement.setString(offset + 12, valued ? valuation.get("source").asText() : null);
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
