package io.parksuite.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.platform.events.IncomingEvent;
import io.parksuite.platform.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the project copy (with the milestones and funds arrivals the cohort figures are computed
 * from) and the fixed-asset-investment rollup from {@code project.events}. The
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
    private final Clock clock;

    public ProjectFacts(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Held(boolean faiEligible, String chain, long version) {
    }

    /** A month's completed investment of a project. */
    private record Invested(int year, int month, BigDecimal completed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode project = event.data();
        long version = event.aggregateVersion();
        String id = project.get("id").asText();
        boolean created = jdbc.update("""
                insert into project_copy (name, stage, chain_code, street_code, planned_investment_yuan, fai_eligible,
                       signed_on, construction_on, production_on, start_due_on, aggregate_version, updated_at,
                       project_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (project_id) do nothing""",
                attributes(project, version, id)) == 1;
        Held held = lock(id);
        Map<String, BigDecimal> before = contributions(id, held);
        if (!created && held.version() < version) {
            jdbc.update("""
                    update project_copy set name = ?, stage = ?, chain_code = ?, street_code = ?, planned_investment_yuan = ?,
                           fai_eligible = ?, signed_on = ?, construction_on = ?, production_on = ?, start_due_on = ?,
                           aggregate_version = ?, updated_at = ?
                     where project_id = ?""", attributes(project, version, id));
        }
        if (event.type().endsWith(".investment-reported.v1") && project.hasNonNull("period")) {
            String[] period = project.get("period").asText().split("-");
            jdbc.update("""
                    insert into project_investment (project_id, year, month, completed_yuan, aggregate_version)
                    values (?, ?, ?, ?, ?)
                    on conflict (project_id, year, month) do update
                       set completed_yuan = excluded.completed_yuan, aggregate_version = excluded.aggregate_version
                     where project_investment.aggregate_version < excluded.aggregate_version""",
                    id, Integer.parseInt(period[0]), Integer.parseInt(period[1]),
                    project.get("completedYuan").decimalValue(), version);
        }
        if (event.type().endsWith(".funds-arrived.v1") && project.hasNonNull("reference")) {
            jdbc.update("""
                    insert into project_funds (project_id, reference, arrived_on, amount_yuan) values (?, ?, ?, ?)
                    on conflict (project_id, reference) do nothing""",
                    id, project.get("reference").asText(), LocalDate.parse(project.get("arrivedOn").asText()),
                    project.get("amountYuan").decimalValue());
        }
        Map<String, BigDecimal> after = contributions(id, lock(id));
        addDelta(before, after);
    }

    /** The copy's columns in statement order, the project id last. */
    private Object[] attributes(JsonNode project, long version, String id) {
        JsonNode milestones = project.path("milestones");
        return new Object[]{project.get("name").asText(), project.get("stage").asText(), text(project, "chainCode"),
                text(project, "streetCode"), project.get("plannedInvestmentYuan").decimalValue(),
                project.get("faiEligible").asBoolean(), date(milestones, "signed"), date(milestones, "construction"),
                date(milestones, "production"), date(project, "startDueOn"), version, Timestamp.from(clock.instant()),
                id};
    }

    private Held lock(String id) {
        return jdbc.first("select fai_eligible, chain_code, aggregate_version from project_copy where project_id = ? for update",
                row -> new Held(row.getBoolean(1), row.getString(2), row.getLong(3)), id).orElseThrow();
    }

    /** Cell key {@code year|month|dimension|member} → completed investment this project adds there. */
    private Map<String, BigDecimal> contributions(String id, Held held) {
        Map<String, BigDecimal> cells = new TreeMap<>();
        if (!held.faiEligible()) {
            return cells;
        }
        for (Invested invested : jdbc.list("select year, month, completed_yuan from project_investment where project_id = ?",
                rows -> new Invested(rows.getInt(1), rows.getInt(2), rows.getBigDecimal(3)), id)) {
            String prefix = invested.year() + "|" + Math.max(2, invested.month()) + "|";
            cells.merge(prefix + "PARK|PARK", invested.completed(), BigDecimal::add);
            cells.merge(prefix + "CHAIN|" + (held.chain() == null ? "UNCLASSIFIED" : held.chain()),
                    invested.completed(), BigDecimal::add);
        }
        return cells;
    }

    private void addDelta(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
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
        jdbc.call(connection -> {
            RollupLocks.faiRollupWriter(connection);
            return null;
        });
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        for (var entry : amount.entrySet()) {
            int count = projects.getOrDefault(entry.getKey(), 0);
            String[] key = entry.getKey().split("\\|", 4);
            Object[] cell = {Integer.parseInt(key[0]), Integer.parseInt(key[1]), key[2], key[3]};
            upserts.add(new Object[]{cell[0], cell[1], cell[2], cell[3], count, entry.getValue()});
            if (count < 0) {
                emptied.add(cell);
            }
        }
        jdbc.batch("""
                insert into fai_rollup (year, month, dimension, member, projects, completed_yuan) values (?, ?, ?, ?, ?, ?)
                on conflict (year, month, dimension, member) do update
                   set projects = fai_rollup.projects + excluded.projects,
                       completed_yuan = fai_rollup.completed_yuan + excluded.completed_yuan""", upserts);
        jdbc.batch("delete from fai_rollup where year = ? and month = ? and dimension = ? and member = ? and projects = 0",
                emptied);
    }

    private static Object date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? new Jdbc.TypedNull(java.sql.Types.DATE) : LocalDate.parse(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
