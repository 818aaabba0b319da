package io.parksuite.project.service;

import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.UuidParameters;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.project.domain.Project;
import io.parksuite.project.messaging.ProjectEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final Jdbc jdbc;
    private final ProjectEvents events;
    private final YearlyInvestment yearly;
    private final ParkClock clock;

    public InvestmentImport(EntityManager entityManager, Jdbc jdbc, ProjectEvents events, YearlyInvestment yearly,
                            ParkClock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.events = events;
        this.yearly = yearly;
        this.clock = clock;
    }

    @Transactional
    public BulkReport report(List<Row> rows, List<RowError> beanErrors, String actor) {
        Map<UUID, Project> projects = load(rows);
        YearMonth thisMonth = clock.thisMonth();
        BulkRows.requireAllValid(rows, beanErrors, row -> problems(row, projects, thisMonth),
                row -> row.projectId().strip().toLowerCase() + "|" + row.period().strip(), "period");
        List<Parsed> parsed = rows.stream().map(row -> new Parsed(uuid(row.projectId()),
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
            project.touch(clock.now());
        }
        entityManager.flush();
        months.forEach((id, reported) -> events.investmentsReported(projects.get(id), reported));
        return new BulkReport(rows.size(), rows.size(), List.of());
    }

    private Map<UUID, Project> load(List<Row> rows) {
        List<UUID> ids = rows.stream().map(row -> uuid(row.projectId())).filter(Objects::nonNull).distinct().toList();
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
        jdbc.update("""
                insert into monthly_investment (project_id, period, completed_yuan, reported_at, reported_by)
                select r.project_id::uuid, r.period, r.completed_yuan, ?, ?
                  from unnest(?::text[], ?::text[], ?::numeric[]) as r (project_id, period, completed_yuan)
                on conflict (project_id, period) do update
                   set completed_yuan = excluded.completed_yuan, reported_at = excluded.reported_at,
                       reported_by = excluded.reported_by""",
                clock.now(), actor,
                new Jdbc.SqlArray("text", rows.stream().map(r -> r.projectId().toString()).toArray(String[]::new)),
                new Jdbc.SqlArray("text", rows.stream().map(r -> r.period().toString()).toArray(String[]::new)),
                new Jdbc.SqlArray("numeric", rows.stream().map(Parsed::completedYuan).toArray(BigDecimal[]::new)));
    }

    private Map<UUID, BigDecimal> totals(Collection<UUID> projectIds) {
        Map<UUID, BigDecimal> totals = new HashMap<>();
        jdbc.list("""
                        select project_id, sum(completed_yuan) from monthly_investment
                         where project_id = any (?::uuid[]) group by project_id""",
                row -> Map.entry(row.getObject(1, UUID.class), row.getBigDecimal(2)),
                new Jdbc.SqlArray("text", projectIds.stream().map(UUID::toString).toArray(String[]::new)))
                .forEach(total -> totals.put(total.getKey(), total.getValue()));
        return totals;
    }

    private static UUID uuid(String value) {
        return value == null ? null : UuidParameters.parse(value.strip()).orElse(null);
    }
}
