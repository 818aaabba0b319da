package io.parksuite.approval.service;

import io.parksuite.approval.domain.FollowUpKind;
import io.parksuite.approval.domain.FollowUpStatus;
import io.parksuite.approval.domain.FollowUpTask;
import io.parksuite.approval.domain.forecast.CaseHistory;
import io.parksuite.approval.domain.forecast.CompletionForecast;
import io.parksuite.platform.calendar.WorkingCalendar;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 超期预警 for follow-ups: when an open 告知承诺 post-check, 先建后验 verification or 差评整改 is predicted to be done, from
 * the recent concluded follow-ups of the same kind and item (or department), as {@link OverdueForecasts} does for
 * department tasks; the reminder scan warns the department once when the prediction passes the deadline while it is
 * still ahead.
 */
@ApplicationScoped
public class FollowUpForecasts {

    private final OverdueForecasts tasks;
    private final EntityManager entityManager;
    private final Calendars calendars;
    private final Access access;

    public FollowUpForecasts(OverdueForecasts tasks, EntityManager entityManager, Calendars calendars, Access access) {
        this.tasks = tasks;
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.access = access;
    }

    /** The forecast of one open follow-up. */
    public record FollowUpForecast(UUID followUpId, UUID applicationId, FollowUpKind kind, String department,
                                   String itemCode, LocalDate openedOn, LocalDate dueOn, int elapsedDays,
                                   Integer predictedDays, LocalDate predictedCompletionOn, int historyCases,
                                   boolean predictedBreach) {
    }

    /** An officer's department's open follow-ups only; others may name a department. Soonest due first. */
    @Transactional
    public Page<FollowUpForecast> open(String department, PageRequest page) {
        String dept = access.officerDept() != null ? access.officerDept() : department;
        Where where = Where.create().and("department = :dept", "dept", dept)
                .and("status = :status", "status", FollowUpStatus.OPEN);
        var query = FollowUpTask.<FollowUpTask>find(where.clause(), Sort.by("dueOn").and("id"), where.parameters())
                .page(page.page(), page.size());
        WorkingCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        Map<String, List<Integer>> history = history(calendar);
        return new Page<>(query.list().stream().map(f -> forecast(f, history, calendar, today)).toList(), page.page(),
                page.size(), query.count());
    }

    /**
     * 超期预警: a TASK_DUE reminder for each open follow-up predicted to finish after its deadline while it is still
     * ahead, with the predicted date, once per follow-up and deadline; answers the reminders created.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> insertWarnings(WorkingCalendar calendar, LocalDate today, OffsetDateTime now) {
        Map<String, List<Integer>> history = history(calendar);
        List<Object[]> created = new ArrayList<>();
        if (history.isEmpty()) {
            return created;
        }
        for (FollowUpTask f : FollowUpTask.<FollowUpTask>list("status = ?1 and dueOn >= ?2", FollowUpStatus.OPEN, today)) {
            FollowUpForecast forecast = forecast(f, history, calendar, today);
            if (!forecast.predictedBreach()) {
                continue;
            }
            created.addAll(entityManager.createNativeQuery("""
                            insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on,
                                                  message, created_at, predicted_on)
                            select ?1, 'TASK_DUE', ?2, ?3, 'DEPARTMENT', ?4, ?5,
                                   '超期预警：办件 ' || a.reference_number || ' 的后续核查按同类近期用时预计 ' || ?6 || ' 完成，将超过期限（' || ?5 || '）',
                                   ?7, ?8
                              from application a where a.id = ?2
                            on conflict (dedupe_key) do nothing
                            returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message""")
                    .setParameter(1, ReminderStatements.FOLLOW_UP_PREFIX + "FORECAST|" + f.id + "|" + f.dueOn)
                    .setParameter(2, f.applicationId).setParameter(3, f.id).setParameter(4, f.department)
                    .setParameter(5, f.dueOn).setParameter(6, forecast.predictedCompletionOn().toString())
                    .setParameter(7, now).setParameter(8, forecast.predictedCompletionOn()).getResultList());
        }
        return created;
    }

    private static FollowUpForecast forecast(FollowUpTask f, Map<String, List<Integer>> history, WorkingCalendar calendar,
                                             LocalDate today) {
        LocalDate opened = WorkingCalendar.dateOf(f.createdAt.toInstant());
        int elapsed = today.isAfter(opened) ? calendar.workingDaysBetween(opened, today) : 0;
        List<Integer> durations = history.getOrDefault(key(f.kind.name(), f.itemCode, f.department), List.of());
        var days = CompletionForecast.STANDARD.predictedDays(durations, elapsed);
        Integer predicted = days.isPresent() ? days.getAsInt() : null;
        CaseHistory.Prediction prediction = CaseHistory.Prediction.of(predicted, calendar, opened, f.dueOn, today);
        return new FollowUpForecast(f.id, f.applicationId, f.kind, f.department, f.itemCode, opened, f.dueOn, elapsed,
                predicted, prediction.completionOn(), durations.size(), prediction.breach());
    }

    /** Per kind and item (or department), the working days the latest concluded follow-ups took, oldest first. */
    private Map<String, List<Integer>> history(WorkingCalendar calendar) {
        List<CaseHistory.Entry> newestFirst = tasks.rows("""
                select kind, item_code, department, created_at, concluded_at from follow_up_task
                 where status in ('PASSED', 'REVOKED', 'CLOSED') and concluded_at is not null
                 order by concluded_at desc limit %d""".formatted(OverdueForecasts.HISTORY_ROWS)).stream()
                .map(row -> new CaseHistory.Entry(key((String) row[0], (String) row[1], (String) row[2]),
                        OverdueForecasts.day(row[3]), OverdueForecasts.day(row[4]))).toList();
        return CaseHistory.durations(newestFirst, calendar, CompletionForecast.STANDARD.recentCases());
    }

    private static String key(String kind, String itemCode, String department) {
        return kind + "|" + (itemCode != null ? itemCode : department);
    }
}
