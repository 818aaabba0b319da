package io.parksuite.approval.service;

/**
 * The reminder scan's set-based inserts, one per kind of reminder: each selects what is due or overdue and
 * inserts its reminder under a unique key ({@code on conflict do nothing}), returning only the reminders created.
 */
public final class ReminderStatements {

    /** The key prefix of the reminders of follow-ups, whose taskId is the follow-up's id. */
    public static final String FOLLOW_UP_PREFIX = "FOLLOW_UP_";

    /**
     * A department task whose clock runs (task {@code t} of application {@code a}): pending, its application in
     * review; a special procedure (特别程序) pauses it. Due and overdue are judged on such tasks only.
     */
    public static final String OPEN_TASK = "t.status = 'PENDING' and a.status = 'IN_REVIEW'";

    private ReminderStatements() {
    }

    /** Department reminders on one clock of the pending tasks of applications in review. */
    static String taskReminders(String kind, String deadlineColumn, String window, String message) {
        String deadline = "t." + deadlineColumn;
        return """
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select '%1$s|' || t.id || '|' || %2$s, '%1$s', t.application_id, t.id, 'DEPARTMENT', t.department, %2$s,
                       %3$s, :now
                from application_task t join application a on a.id = t.application_id
                where %5$s and %2$s %4$s
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """.formatted(kind, deadline, message, window.formatted(deadline), OPEN_TASK);
    }

    /**
     * Reminders to a follow-up's department of its deadline that runs now: the rectification deadline of a failed
     * check (RECTIFYING), else the follow-up's own (OPEN); one per follow-up, kind and deadline. They are TASK_DUE and
     * OVERDUE reminders whose taskId is the follow-up's, told apart by their key's prefix (FOLLOW_UP_TASK_DUE or
     * FOLLOW_UP_OVERDUE, see {@link #FOLLOW_UP_PREFIX}).
     */
    static String followUpReminders(String kind, String window, String message) {
        String deadline = "case when f.status = 'RECTIFYING' then f.rectification_due_on else f.due_on end";
        String what = "case when f.status = 'RECTIFYING' then '整改' when f.kind = 'POST_CHECK' then '告知承诺核查' "
                + "when f.kind = 'VERIFICATION' then '先建后验验收' else '差评整改' end";
        return """
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select 'FOLLOW_UP_%1$s|' || f.id || '|' || f.status || '|' || %2$s, '%1$s', f.application_id, f.id, 'DEPARTMENT',
                       f.department, %2$s, %3$s, :now
                from follow_up_task f join application a on a.id = f.application_id
                where f.status in ('OPEN', 'RECTIFYING') and %2$s %4$s
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """.formatted(kind, deadline, message.formatted(what, deadline), window.formatted(deadline));
    }

    /** 送达: reminders to each approving department of an approved application whose licence document is still due. */
    static String deliveryReminders(String kind, String window, String message) {
        return """
                insert into reminder (dedupe_key, kind, application_id, task_id, recipient_type, recipient, due_on, message, created_at)
                select '%1$s|' || t.id || '|' || a.delivery_deadline, '%1$s', a.id, t.id, 'DEPARTMENT', t.department,
                       a.delivery_deadline, %2$s, :now
                from application a join application_task t on t.application_id = a.id
                where a.status = 'APPROVED' and a.delivery_deadline %3$s and t.status = 'APPROVED'
                on conflict (dedupe_key) do nothing
                returning id, application_id, kind, task_id, recipient_type, recipient, due_on, message
                """.formatted(kind, message, window);
    }
}
