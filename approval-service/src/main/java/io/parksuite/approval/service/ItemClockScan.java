package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.DeadlineClock;
import io.parksuite.approval.messaging.ApprovalEvents;
import io.parksuite.platform.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reminder scan's part for the item clocks inside department tasks whose statutory deadline comes before the
 * task's own (a shorter item's limit beside a longer one): each is reminded when due and when overdue, and its
 * breach is marked and published once, as the task's clock is. The task's latest clock stays with the task-level
 * reminders, so no clock is reminded twice.
 */
@ApplicationScoped
public class ItemClockScan {

    private static final String EARLIER_ITEM_CLOCKS = """
            from application_task t join application a on a.id = t.application_id
                 cross join lateral jsonb_to_recordset(t.item_clocks) as c("itemCode" text, "statutoryDeadline" date)
            where t.status = 'PENDING' and a.status = 'IN_REVIEW' and c."statutoryDeadline" < t.statutory_deadline""";

    private final EntityManager entityManager;

    public ItemClockScan(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** STATUTORY_DUE and STATUTORY_OVERDUE reminders of the earlier item clocks; answers the reminders created. */
    @SuppressWarnings("unchecked")
    List<Object[]> createReminders(LocalDate today, LocalDate horizon, OffsetDateTime now) {
        List<Object[]> created = new ArrayList<>();
        created.addAll(entityManager.createNativeQuery(reminders("STATUTORY_DUE",
                        "'办件 ' || a.reference_number || ' 的事项 ' || c.\"itemCode\" || ' 将于 ' || c.\"statutoryDeadline\" || ' 到达法定办结时限'",
                        "c.\"statutoryDeadline\" >= :today and c.\"statutoryDeadline\" <= :horizon"))
                .setParameter("today", today).setParameter("horizon", horizon).setParameter("now", now).getResultList());
        created.addAll(entityManager.createNativeQuery(reminders("STATUTORY_OVERDUE",
                        "'办件 ' || a.reference_number || ' 的事项 ' || c.\"itemCode\" || ' 已超过法定办结时限（' || c.\"statutoryDeadline\" || '）'",
                        "c.\"statutoryDeadline\" < :today"))
                .setParameter("today", today).setParameter("now", now).getResultList());
        return created;
    }

    private static String reminders(String kind, String message, String window) {
        return """
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select 'ITEM_%1$s|' || t.id || '|' || c."itemCode" || '|' || c."statutoryDeadline", '%1$s', t.application_id,
                       t.id, 'DEPARTMENT', t.department, c."statutoryDeadline", %2$s, :now
                %3$s and %4$s
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """.formatted(kind, message, EARLIER_ITEM_CLOCKS, window);
    }

    /** Marks each earlier item clock past its deadline once; answers the breaches to publish. */
    @SuppressWarnings("unchecked")
    List<ApprovalEvents.Breach> markBreached(WorkingCalendar calendar, LocalDate today, OffsetDateTime now) {
        List<Object[]> marked = entityManager.createNativeQuery("""
                        insert into item_clock_breach (task_id, item_code, deadline, breached_at)
                        select t.id, c."itemCode", c."statutoryDeadline", :now
                        %s and c."statutoryDeadline" < :today
                        on conflict do nothing
                        returning task_id, item_code, deadline""".formatted(EARLIER_ITEM_CLOCKS))
                .setParameter("today", today).setParameter("now", now).getResultList();
        List<ApprovalEvents.Breach> breaches = new ArrayList<>(marked.size());
        for (Object[] row : marked) {
            UUID taskId = (UUID) row[0];
            LocalDate deadline = row[2] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[2];
            UUID applicationId = (UUID) entityManager.createNativeQuery(
                    "select application_id from application_task where id = ?1").setParameter(1, taskId).getSingleResult();
            Application a = Application.findById(applicationId);
            breaches.add(new ApprovalEvents.Breach(a, DeadlineClock.STATUTORY, deadline,
                    calendar.workingDaysBetween(deadline, today, a.clockPauses()), (String) row[1]));
        }
        return breaches;
    }
}
