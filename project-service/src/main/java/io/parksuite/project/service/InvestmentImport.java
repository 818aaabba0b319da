package io.parksuite.project.service;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.domain.Project;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes many months of completed fixed-asset investment (固定资产投资完成额) across many projects in
 * one request, e.g. a statistics office's monthly ledger or the history of a park's existing
 * projects. All or nothing: every row is checked first (a known, signed project, a past month, each
 * project's month once) and the bad rows are named. The months are written in one set-based
 * statement, each project's total is recomputed once, and every month is published as its own
 * {@code investment-reported} event, exactly as if it had been reported alone.
 */
@ApplicationScoped
public class InvestmentImport {

    public static final int MAX_ROWS = 20_000;

    /** A row as the service takes it; text as received, so that a bad value is named with its row. */
    public record Row(String projectId, String period, BigDecimal completedYuan) {
    }

    private record Parsed(UUID projectId, YearMonth period, BigDecimal completedYuan) {
    }

    private final EntityManager entityManager;
    private final ProjectEvents events;
    private final YearlyInvestment yearly;

    public InvestmentImport(EntityManager entityManager, ProjectEvents events, YearlyInvestment yearly) {
        this.entityManager = entityManager;
        this.events = events;
        this.yearly = yearly;
    }

    @Transactional
    public BulkReport report(List<Row> rows, List<RowError> beanErrors, String actor) {
        Map<UUID, Project> projects = load(rows);
        YearMonth thisMonth = YearMonth.now(ProjectService.PARK_ZONE);
        BulkRows.requireAllValid(rows, beanErrors, row -> problems(row, projects, thisMonth),
                row -> row.projectId().strip().toLowerCase() + "|" + row.period().strip(), "period");
        List<Parsed> parsed = rows.stream().map(row -> new Parsed(UUID.fromString(row.projectId().strip()),
                YearMonth.parse(row.period().strip()), row.completedYuan())).toList();
        if (parsed.isEmpty()) {
            return new BulkReport(0, 0, List.of());
        }
        upsert(parsed, actor);
        Map<UUID, List<ProjectEvents.Month>> months = new LinkedHashMap<>();
        for (Parsed row : parsed) {
            months.computeIfAbsent(row.projectId(), id -> new ArrayList<>())
                    .add(new ProjectEvents.Month(row.period().toString(), row.completedYuan()));
        }
        yearly.refresh(months.keySet());
        Map<UUID, BigDecimal> totals = totals(months.keySet());
        for (Map.Entry<UUID, List<ProjectEvents.Month>> entry : months.entrySet()) {
            Project project = projects.get(entry.getKey());
            project.completedInvestmentYuan = totals.getOrDefault(project.id, BigDecimal.ZERO);
            project.touch();
        }
        entityManager.flush();
        months.forEach((id, reported) -> events.investmentsReported(projects.get(id), reported));
        return new BulkReport(rows.size(), rows.size(), List.of());
    }

    private Map<UUID, Project> load(List<Row> rows) {
        List<UUID> ids = rows.stream().map(Row::projectId).filter(id -> id != null).map(InvestmentImport::uuid)
                .filter(id -> id != null).distinct().toList();
        Map<UUID, Project> projects = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 10_000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
            Project.<Project>list("id in ?1", chunk).forEach(p -> projects.put(p.id, p));
        }
        return projects;
    }

    private static List<Problem.FieldError> problems(Row row, Map<UUID, Project> projects, YearMonth thisMonth) {
        List<Problem.FieldError> problems = new ArrayList<>();
        UUID id = uuid(row.projectId());
        if (id == null) {
            problems.add(new Problem.FieldError("projectId", "must be a project id (UUID)"));
        } else if (!projects.containsKey(id)) {
            problems.add(new Problem.FieldError("projectId", "no project with id " + id));
        } else {
            String notSigned = ProjectProgress.unsignedReason(projects.get(id), "report investment");
            if (notSigned != null) {
                problems.add(new Problem.FieldError("projectId", notSigned));
            }
        }
        try {
            if (ProjectProgress.period(row.period() == null ? null : row.period().strip()).isAfter(thisMonth)) {
                problems.add(new Problem.FieldError("period", "must not be a future month"));
            }
        } catch (ProblemException e) {
            problems.add(new Problem.FieldError("period", "must be a month YYYY-MM"));
        }
        return problems;
    }

    private void upsert(List<Parsed> rows, String actor) {
        String[] ids = new String[rows.size()];
        String[] periods = new String[rows.size()];
        BigDecimal[] amounts = new BigDecimal[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i).projectId().toString();
            periods[i] = rows.get(i).period().toString();
            amounts[i] = rows.get(i).completedYuan();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array idArray = connection.createArrayOf("text", ids);
            Array periodArray = connection.createArrayOf("text", periods);
            Array amountArray = connection.createArrayOf("numeric", amounts);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into monthly_investment (project_id, period, completed_yuan, reported_at, reported_by)
                    select r.project_id::uuid, r.period, r.completed_yuan, now(), ?
                      from unnest(?::text[], ?::text[], ?::numeric[]) as r (project_id, period, completed_yuan)
                    on conflict (project_id, period) do update
                       set completed_yuan = excluded.completed_yuan, reported_at = excluded.reported_at,
                           reported_by = excluded.reported_by""")) {
                insert.setString(1, actor);
                insert.setArray(2, idArray);
                insert.setArray(3, periodArray);
                insert.setArray(4, amountArray);
                insert.executeUpdate();
            } finally {
                idArray.free();
                periodArray.free();
                amountArray.free();
            }
        });
    }

    private Map<UUID, BigDecimal> totals(java.util.Collection<UUID> projectIds) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        String[] ids = projectIds.stream().map(UUID::toString).toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            Array idArray = connection.createArrayOf("text", ids);
            try (PreparedStatement sum = connection.prepareStatement("""
                    select project_id, sum(completed_yuan) from monthly_investment
                     where project_id = any (?::uuid[]) group by project_id""")) {
                sum.setArray(1, idArray);
                try (ResultSet result = sum.executeQuery()) {
                    while (result.next()) {
                        totals.put(result.getObject(1, UUID.class), result.getBigDecimal(2));
                    }
                }
            } finally {
                idArray.free();
            }
        });
        return totals;
    }

    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
