package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the project copy and the fixed-asset-investment rollup from {@code project.events}. The
 * project row is locked while its contribution to the rollup is taken before and after a change,
 * so redelivery and two consumer instances leave the rollup exact; its cells are written under the
 * rollup's writer lock and in key order ({@link RollupLocks}), so batches of two instances
 * never deadlock on shared cells. A snapshot is applied only
 * when newer; a month's investment only when the reporting version is newer than the one that
 * wrote the month, so a late, older report never overwrites a newer one.
 */
@ApplicationScoped
public class ProjectFacts {

    private final Jdbc jdbc;

    public ProjectFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private record Held(boolean faiEligible, String chain, long version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode project = event.data();
        jdbc.call(connection -> {
            apply(connection, event.type(), project, event.aggregateVersion());
            return null;
        });
    }

    private void apply(Connection connection, String type, JsonNode project, long version) throws SQLException {
        String id = project.get("id").asText();
        boolean created = insert(connection, project, version);
        Held held = lock(connection, id);
        Map<String, BigDecimal> before = contributions(connection, id, held);
        if (!created && held.version() < version) {
            update(connection, project, version);
        }
        if (type.endsWith(".investment-reported.v1") && project.hasNonNull("period")) {
            String[] period = project.get("period").asText().split("-");
            try (PreparedStatement month = connection.prepareStatement("""
                    insert into project_investment (project_id, year, month, completed_yuan, aggregate_version)
                    values (?, ?, ?, ?, ?)
                    on conflict (project_id, year, month) do update
                       set completed_yuan = excluded.completed_yuan, aggregate_version = excluded.aggregate_version
                     where project_investment.aggregate_version < excluded.aggregate_version""")) {
                month.setString(1, id);
                month.setInt(2, Integer.parseInt(period[0]));
                month.setInt(3, Integer.parseInt(period[1]));
                month.setBigDecimal(4, project.get("completedYuan").decimalValue());
                month.setLong(5, version);
                month.executeUpdate();
            }
        }
        Map<String, BigDecimal> after = contributions(connection, id, lock(connection, id));
        addDelta(connection, before, after);
    }

    private static boolean insert(Connection connection, JsonNode project, long version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into project_copy (name, stage, chain_code, street_code, planned_investment_yuan, fai_eligible,
                       signed_on, aggregate_version, updated_at, project_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (project_id) do nothing""")) {
            bind(insert, project, version);
            insert.setString(10, project.get("id").asText());
            return insert.executeUpdate() == 1;
        }
    }

    private static void update(Connection connection, JsonNode project, long version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update project_copy set name = ?, stage = ?, chain_code = ?, street_code = ?, planned_investment_yuan = ?,
                       fai_eligible = ?, signed_on = ?, aggregate_version = ?, updated_at = ?
                 where project_id = ?""")) {
            bind(update, project, version);
            update.setString(10, project.get("id").asText());
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, JsonNode project, long version) throws SQLException {
        statement.setString(1, project.get("name").asText());
        statement.setString(2, project.get("stage").asText());
        statement.setString(3, text(project, "chainCode"));
        statement.setString(4, text(project, "streetCode"));
        statement.setBigDecimal(5, project.get("plannedInvestmentYuan").decimalValue());
        statement.setBoolean(6, project.get("faiEligible").asBoolean());
        String signed = text(project.path("milestones"), "signed");
        statement.setObject(7, signed == null ? null : LocalDate.parse(signed));
        statement.setLong(8, version);
        statement.setTimestamp(9, Timestamp.from(Instant.now()));
    }

    private static Held lock(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select fai_eligible, chain_code, aggregate_version from project_copy where project_id = ? for update")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Held(row.getBoolean(1), row.getString(2), row.getLong(3));
            }
        }
    }

    /** Cell key {@code year|month|dimension|member} → completed investment this project adds there. */
    private static Map<String, BigDecimal> contributions(Connection connection, String id, Held held)
            throws SQLException {
        Map<String, BigDecimal> cells = new TreeMap<>();
        if (!held.faiEligible()) {
            return cells;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select year, month, completed_yuan from project_investment where project_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int month = Math.max(2, rows.getInt(2));
                    String prefix = rows.getInt(1) + "|" + month + "|";
                    cells.merge(prefix + "PARK|PARK", rows.getBigDecimal(3), BigDecimal::add);
                    cells.merge(prefix + "CHAIN|" + (held.chain() == null ? "UNCLASSIFIED" : held.chain()),
                            rows.getBigDecimal(3), BigDecimal::add);
                }
            }
        }
        return cells;
    }

    private static void addDelta(Connection connection, Map<String, BigDecimal> before, Map<String, BigDecimal> after)
            throws SQLException {
        Map<String, BigDecimal> amount = new TreeMap<>();
        Map<String, Integer> projects = new HashMap<>();
        after.forEach((cell, value) -> {
            amount.merge(cell, value, BigDecimal::add);
            projects.merge(cell, 1, Integer::sum);
        });
        before.forEach((cell, value) -> {
            amount.merge(cell, value.negate(), BigDecimal::add);
            projects.merge(cell, -1, Integer::sum);
        });
        amount.entrySet().removeIf(entry -> entry.getValue().signum() == 0
                && projects.getOrDefault(entry.getKey(), 0) == 0);
        if (amount.isEmpty()) {
            return;
        }
        RollupLocks.faiRollupWriter(connection);
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into fai_rollup (year, month, dimension, member, projects, completed_yuan) values (?, ?, ?, ?, ?, ?)
                on conflict (year, month, dimension, member) do update
                   set projects = fai_rollup.projects + excluded.projects,
                       completed_yuan = fai_rollup.completed_yuan + excluded.completed_yuan""");
             PreparedStatement emptied = connection.prepareStatement(
                     "delete from fai_rollup where year = ? and month = ? and dimension = ? and member = ? and projects = 0")) {
            for (var entry : amount.entrySet()) {
                int count = projects.getOrDefault(entry.getKey(), 0);
                String[] key = entry.getKey().split("\\|", 4);
                upsert.setInt(1, Integer.parseInt(key[0]));
                upsert.setInt(2, Integer.parseInt(key[1]));
                upsert.setString(3, key[2]);
                upsert.setString(4, key[3]);
                upsert.setInt(5, count);
                upsert.setBigDecimal(6, entry.getValue());
                upsert.addBatch();
                if (count < 0) {
                    emptied.setInt(1, Integer.parseInt(key[0]));
                    emptied.setInt(2, Integer.parseInt(key[1]));
                    emptied.setString(3, key[2]);
                    emptied.setString(4, key[3]);
                    emptied.addBatch();
                }
            }
            upsert.executeBatch();
            emptied.executeBatch();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
