package io.parksuite.indicator.service;

import io.parksuite.indicator.domain.Cell;
import io.parksuite.indicator.domain.Classification;
import io.parksuite.indicator.domain.Contributions;
import io.parksuite.indicator.domain.Measures;
import io.parksuite.indicator.domain.Period;
import io.parksuite.indicator.domain.ReportFigures;
import io.parksuite.indicator.domain.ReportStatus;
import io.parksuite.indicator.domain.Submission;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores statistical reports as new revisions and moves the rollup by exactly what changed, in
 * the same transaction. Each enterprise's dimension row is locked while its contributions are
 * taken before and after, so concurrent intake and dimension changes serialise per enterprise; the
 * dimension rows are locked all at once in USCC order and the rollup rows after them, the order
 * every rollup writer follows ({@link RollupLocks}).
 * One unknown enterprise or refused revision rejects the whole request: nothing is half-written.
 */
@ApplicationScoped
public class ReportIntake {

    public static final int MAX_ROWS = 50_000;

    private final Jdbc jdbc;
    private final Classifications classifications;
    private final ReportFacts facts;
    private final Rollup rollup;
    private final Clock clock;

    public ReportIntake(Jdbc jdbc, Classifications classifications, ReportFacts facts, Rollup rollup, Clock clock) {
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.facts = facts;
        this.rollup = rollup;
        this.clock = clock;
    }

    /** A stored revision. */
    public record Stored(String uscc, Period period, int revision, ReportStatus status) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Stored> submit(List<Submission> submissions, String submittedBy) {
        return jdbc.call(connection -> store(connection, submissions, submittedBy));
    }

    private List<Stored> store(Connection connection, List<Submission> submissions, String submittedBy)
            throws SQLException {
        Set<String> usccs = submissions.stream().map(Submission::uscc).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = classifications.lock(connection, usccs);
        Set<Period> periods = submissions.stream().map(Submission::period).collect(Collectors.toSet());
        Map<String, Map<Period, ReportFacts.Current>> current = facts.current(connection, known, periods);
        List<RowError> errors = new ArrayList<>();
        for (Submission submission : submissions) {
            if (!known.contains(submission.uscc())) {
                errors.add(new RowError(submission.row(), "uscc",
                        "no enterprise with this USCC is known to the indicator service (register it first)"));
                continue;
            }
            ReportFacts.Current held = current.getOrDefault(submission.uscc(), Map.of()).get(submission.period());
            if (held != null && ReportStatus.FINAL.name().equals(held.status())
                    && submission.status() == ReportStatus.PRELIMINARY) {
                errors.add(new RowError(submission.row(), "status", "the report for " + submission.period()
                        + " is final (revision " + held.revision() + "); only a final revision can replace it"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
            throw BulkRows.rejected(errors);
        }
        Map<String, Classification> classified = classifications.load(connection, known);
        Map<String, List<Submission>> byEnterprise = new TreeMap<>();
        submissions.forEach(s -> byEnterprise.computeIfAbsent(s.uscc(), k -> new ArrayList<>()).add(s));
        Map<Cell, Measures> delta = new TreeMap<>();
        List<Stored> stored = new ArrayList<>(submissions.size());
        Map<Submission, Integer> revisions = new HashMap<>();
        for (var entry : byEnterprise.entrySet()) {
            String uscc = entry.getKey();
            Map<Period, ReportFacts.Current> held = current.getOrDefault(uscc, Map.of());
            Map<Period, ReportFigures> before = new TreeMap<>();
            Map<Period, ReportFigures> after = new TreeMap<>();
            for (Submission submission : entry.getValue()) {
                ReportFacts.Current previous = held.get(submission.period());
                if (previous != null) {
                    before.put(submission.period(), previous.figures());
                }
                after.put(submission.period(), submission.figures());
                revisions.put(submission, previous == null ? 1 : previous.revision() + 1);
            }
            Classification classification = classified.get(uscc);
            Contributions.delta(Contributions.of(classification, before), Contributions.of(classification, after))
                    .forEach((cell, measures) -> delta.merge(cell, measures, Measures::plus));
        }
        delta.values().removeIf(Measures::isZero);
        supersede(connection, submissions.stream().filter(s -> revisions.get(s) > 1).toList());
        insert(connection, submissions, revisions, submittedBy);
        for (Submission submission : submissions) {
            stored.add(new Stored(submission.uscc(), submission.period(), revisions.get(submission),
                    submission.status()));
        }
        rollup.add(connection, delta);
        return stored;
    }

    private static void supersede(Connection connection, List<Submission> revised) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update statistical_report set current = false where uscc = ? and year = ? and month = ? and current")) {
            int pending = 0;
            for (Submission submission : revised) {
                update.setString(1, submission.uscc());
                update.setInt(2, submission.period().year());
                update.setInt(3, submission.period().month());
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }

    private void insert(Connection connection, List<Submission> submissions, Map<Submission, Integer> revisions,
                               String submittedBy) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into statistical_report (uscc, year, month, revision, status, current, output_value_yuan,
                       sales_output_yuan, revenue_yuan, tax_yuan, employees, energy_tce, submitted_by, submitted_at,
                       export_value_yuan)
                values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int pending = 0;
            for (Submission submission : submissions) {
                ReportFigures figures = submission.figures();
                insert.setString(1, submission.uscc());
                insert.setInt(2, submission.period().year());
                insert.setInt(3, submission.period().month());
                insert.setInt(4, revisions.get(submission));
                insert.setString(5, submission.status().name());
                insert.setBigDecimal(6, figures.outputValueYuan());
                insert.setBigDecimal(7, figures.salesOutputYuan());
                insert.setBigDecimal(8, figures.revenueYuan());
                insert.setBigDecimal(9, figures.taxYuan());
                insert.setInt(10, figures.employees());
                insert.setBigDecimal(11, figures.energyTce());
                insert.setString(12, submittedBy);
                insert.setTimestamp(13, now);
                insert.setBigDecimal(14, figures.exportValueYuan());
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
