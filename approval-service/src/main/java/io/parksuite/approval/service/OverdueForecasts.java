package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.TaskStatus;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * 超期预警: the predicted completion of each open department task, from the recent history of its items
 * ({@link CompletionForecast}): a task's prediction is the latest of its items' predictions, and without enough
 * history the promised limit stands. The reminder scan warns the department when a prediction passes the promised
 * deadline while the deadline is still ahead, once per task.
 */
@ApplicationScoped
public class OverdueForecasts {

    /** How many decided tasks, newest first, the history is read from. */
    static final int HISTORY_ROWS = 20_000;

    private final EntityManager entityManager;
    private final Calendars calendars;
    private final Access access;

    public OverdueForecasts(EntityManager entityManager, Calendars calendars, Access access) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.access = access;
    }

    /** The forecast of one open task. */
    public record TaskForecast(UUID taskId, UUID applicationId, String referenceNumber, String department,
                               List<String> itemCodes, LocalDate acceptedOn, LocalDate promisedDeadline, int elapsedDays,
                               Integer predictedDays, LocalDate predictedCompletionOn, int historyCases,
                               boolean predictedBreach) {
    }

    /** An officer's department's open tasks only; others may name a department. Soonest promised deadline first. */
    @Transactional
    public Page<TaskForecast> openTasks(String department, PageRequest page) {
        String dept = access.officerDept() != null ? access.officerDept() : department;
        Where where = Where.create().and("department = :dept", "dept", dept)
                .and("status = :status", "status", TaskStatus.PENDING);
        var query = ApplicationTask.<ApplicationTask>find(where.clause(), Sort.by("promisedDeadline").and("id"),
                where.parameters()).page(page.page(), page.size());
        List<ApplicationTask> tasks = query.list();
        WorkingCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        Map<String, List<Integer>> history = history(calendar);
        List<TaskForecast> forecasts = new ArrayList<>(tasks.size());
        for (ApplicationTask task : tasks) {
            Application application = Application.findById(task.applicationId);
            forecasts.add(forecast(task.id, application.id, application.referenceNumber, task.department,
                    task.itemCodes, application.acceptedOn, task.promisedDeadline, history, calendar, today));
        }
        return new Page<>(forecasts, page.page(), page.size(), query.count());
    }

    /**
     * 超期预警: a TASK_DUE reminder for each task predicted to finish after its promised deadline while the deadline is
     * still ahead, with the predicted date; once per task and deadline. Answers the reminders created, as the reminder
     * scan's own inserts return them.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> insertWarnings(WorkingCalendar calendar, LocalDate today, OffsetDateTime now) {
        List<Object[]> created = new ArrayList<>();
        for (TaskForecast f : predictedBreaches(calendar, today)) {
            created.addAll(entityManager.createNativeQuery("""
                            insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on,
                                                  message, created_at, predicted_on)
                            values (?1, 'TASK_DUE', ?2, ?3, 'DEPARTMENT', ?4, ?5, ?6, ?7, ?8)
                            on conflict (dedupe_key) do nothing
                            returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message""")
                    .setParameter(1, "FORECAST|" + f.taskId() + "|" + f.promisedDeadline())
                    .setParameter(2, f.applicationId()).setParameter(3, f.taskId()).setParameter(4, f.department())
                    .setParameter(5, f.promisedDeadline())
                    .setParameter(6, "超期预警：办件 " + f.referenceNumber() + " 按同类事项近期办理用时预计 "
                            + f.predictedCompletionOn() + " 办结，将超过承诺时限（" + f.promisedDeadline() + "）")
                    .setParameter(7, now).setParameter(8, f.predictedCompletionOn()).getResultList());
        }
        return created;
    }

    /** The open tasks predicted to breach while their promised deadline is still ahead. */
    List<TaskForecast> predictedBreaches(WorkingCalendar calendar, LocalDate today) {
        Map<String, List<Integer>> history = history(calendar);
        if (history.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = rows("""
                select t.id, a.id, a.reference_number, t.department,
                       array_to_string(array(select jsonb_array_elements_text(t.item_codes)), ','), a.accepted_on,
                       t.promised_deadline
                  from application_task t join application a on a.id = t.application_id
                 where t.status = 'PENDING' and a.status = 'IN_REVIEW' and a.accepted_on is not null
                   and t.promised_deadline >= ?1""", today);
        List<TaskForecast> breaches = new ArrayList<>();
        for (Object[] row : rows) {
            TaskForecast forecast = forecast((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    itemCodes((String) row[4]), date(row[5]), date(row[6]), history, calendar, today);
            if (forecast.predictedBreach()) {
                breaches.add(forecast);
            }
        }
        return breaches;
    }

    private TaskForecast forecast(UUID taskId, UUID applicationId, String reference, String department,
                                  List<String> items, LocalDate acceptedOn, LocalDate deadline,
                                  Map<String, List<Integer>> history, WorkingCalendar calendar, LocalDate today) {
        int elapsed = acceptedOn == null || !today.isAfter(acceptedOn) ? 0 : calendar.workingDaysBetween(acceptedOn, today);
        Integer predicted = null;
        int cases = 0;
        for (String item : items) {
            List<Integer> durations = history.getOrDefault(item, List.of());
            cases = Math.max(cases, durations.size());
            OptionalInt days = CompletionForecast.STANDARD.predictedDays(durations, elapsed);
            if (days.isPresent() && (predicted == null || days.getAsInt() > predicted)) {
                predicted = days.getAsInt();
            }
        }
        CaseHistory.Prediction prediction = CaseHistory.Prediction.of(predicted, calendar, acceptedOn, deadline, today);
        return new TaskForecast(taskId, applicationId, reference, department, items, acceptedOn, deadline, elapsed,
                predicted, prediction.completionOn(), cases, prediction.breach());
    }

    /** Per item, the working days its latest decided tasks took from acceptance, oldest first. */
    private Map<String, List<Integer>> history(WorkingCalendar calendar) {
        List<CaseHistory.Entry> newestFirst = rows("""
                select i.code, a.accepted_on, t.decided_at
                  from application_task t join application a on a.id = t.application_id
                       cross join lateral jsonb_array_elements_text(t.item_codes) as i(code)
                 where t.decided_at is not null and a.accepted_on is not null
                 order by t.decided_at desc limit %d""".formatted(HISTORY_ROWS)).stream()
                .map(row -> new CaseHistory.Entry((String) row[0], date(row[1]), day(row[2]))).toList();
        return CaseHistory.durations(newestFirst, calendar, CompletionForecast.STANDARD.recentCases());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static List<String> itemCodes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    static LocalDate day(Object instant) {
        return WorkingCalendar.dateOf(instant instanceof Instant i ? i : ((OffsetDateTime) instant).toInstant());
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
