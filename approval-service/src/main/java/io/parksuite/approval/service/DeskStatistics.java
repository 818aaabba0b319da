package io.parksuite.approval.service;

import io.parksuite.approval.domain.CalendarLimits;
import io.parksuite.platform.persistence.Jdbc;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The one-stop desk's figures for the park cockpit (一站式服务): applications per week (每周受理量) by what happened
 * to them that week, and the service centre's cross-department reminder board (跨部门催办). Both are read with
 * set-based statements over the desk's tables, and "due" and "overdue" are the reminder scan's own: a pending task
 * of an application in review against its promised deadline ({@link ReminderStatements#OPEN_TASK}).
 */
@ApplicationScoped
public class DeskStatistics {

    /** The longest range of weeks one request may cover. */
    public static final int MAX_WEEKS = 53;
    /** The most due or overdue tasks listed on the reminder board. */
    public static final int MAX_LISTED_TASKS = 50;

    /** What happened to applications in one period, each counted on its date in Asia/Shanghai. */
    public record Counts(long submitted, long accepted, long acceptedWithDeficiency, long notAccepted, long approved,
                         long denied, long withdrawn) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        public long concluded() {
            return approved + denied;
        }

        Counts plus(Counts o) {
            return new Counts(submitted + o.submitted, accepted + o.accepted,
                    acceptedWithDeficiency + o.acceptedWithDeficiency, notAccepted + o.notAccepted,
                    approved + o.approved, denied + o.denied, withdrawn + o.withdrawn);
        }
    }

    /** One ISO week, Monday to Sunday. */
    public record Week(LocalDate weekStart, Counts counts) {
        public LocalDate weekEnd() {
            return weekStart.plusDays(6);
        }
    }

    /** The weeks covering [from, to], oldest first, each present, and their totals. */
    public record Weekly(LocalDate from, LocalDate to, List<Week> weeks, Counts totals) {
    }

    /** One department's reminder figures on a day. */
    public record DepartmentReminders(String department, String departmentName, long dueOn, long overdue,
                                      long remindersSent) {
    }

    /** A department task due on the day or overdue by then. */
    public record DueTask(UUID applicationId, String referenceNumber, String applicantName, String bundleCode,
                          UUID taskId, String department, String departmentName, List<String> itemCodes,
                          List<String> itemNames, LocalDate promisedDeadline, boolean overdue) {
    }

    /** The reminder board of a day: per department, the totals and the first due or overdue tasks. */
    public record ReminderBoard(LocalDate on, List<DepartmentReminders> departments, long dueOn, long overdue,
                                long remindersSent, List<DueTask> tasks) {
    }

    private static final String WEEKLY = """
            with weeks as (
                select d::date as week_start from generate_series(?::date, ?::date, interval '7 days') d
            ), bounds as (
                select min(week_start)::timestamp at time zone 'Asia/Shanghai' as lo,
                       (max(week_start) + 7)::timestamp at time zone 'Asia/Shanghai' as hi
                from weeks
            ), happened as (
                select a.submitted_at as at, 'SUBMITTED' as what
                from application a, bounds b where a.submitted_at >= b.lo and a.submitted_at < b.hi
                union all
                select a.accepted_at, case when a.acceptance = 'ACCEPTED_WITH_DEFICIENCY' then 'DEFICIENCY' else 'ACCEPTED' end
                from application a, bounds b where a.accepted_at >= b.lo and a.accepted_at < b.hi
                union all
                select a.concluded_at, coalesce(a.result, 'not-accepted')
                from application a, bounds b where a.concluded_at >= b.lo and a.concluded_at < b.hi
                union all
                select s.at, 'WITHDRAWN'
                from application_step s, bounds b where s.step = 'WITHDRAW' and s.at >= b.lo and s.at < b.hi
            )
            select w.week_start,
                   count(h.what) filter (where h.what = 'SUBMITTED'),
                   count(h.what) filter (where h.what in ('ACCEPTED', 'DEFICIENCY')),
                   count(h.what) filter (where h.what = 'DEFICIENCY'),
                   count(h.what) filter (where h.what = 'not-accepted'),
                   count(h.what) filter (where h.what = 'approved'),
                   count(h.what) filter (where h.what = 'denied'),
                   count(h.what) filter (where h.what = 'WITHDRAWN')
            from weeks w
            left join happened h on date_trunc('week', h.at at time zone 'Asia/Shanghai')::date = w.week_start
            group by w.week_start
            order by w.week_start
            """;

    private static final String DEPARTMENT_NAME = """
            (select s.department_name from service_item s where s.department = %s order by s.code limit 1)""";

    private static final String BY_DEPARTMENT = """
            with p as (
                select ?::date as on_day, ?::text as dept
            ), tasks as (
                select t.department,
                       count(*) filter (where t.promised_deadline = p.on_day) as due,
                       count(*) filter (where t.promised_deadline < p.on_day) as overdue
                from application_task t join application a on a.id = t.application_id, p
                where %1$s and t.promised_deadline <= p.on_day and (p.dept is null or t.department = p.dept)
                group by t.department
            ), sent as (
                select r.recipient as department, count(*) as reminders
                from reminder r, p
                where r.recipient_type = 'DEPARTMENT' and (p.dept is null or r.recipient = p.dept)
                  and r.created_at >= p.on_day::timestamp at time zone 'Asia/Shanghai'
                  and r.created_at < (p.on_day + 1)::timestamp at time zone 'Asia/Shanghai'
                group by r.recipient
            )
            select d.department, %2$s, coalesce(t.due, 0), coalesce(t.overdue, 0), coalesce(s.reminders, 0)
            from (select department from tasks union select department from sent) d
            left join tasks t on t.department = d.department
            left join sent s on s.department = d.department
            order by d.department
            """.formatted(ReminderStatements.OPEN_TASK, DEPARTMENT_NAME.formatted("d.department"));

    private static final String DUE_TASKS = """
            with p as (
                select ?::date as on_day, ?::text as dept
            )
            select a.id, a.reference_number, a.applicant_name, a.bundle_code, t.id, t.department, %2$s,
                   array(select i.c from jsonb_array_elements_text(t.item_codes) with ordinality i(c, n) order by i.n),
                   array(select coalesce(s.name, i.c) from jsonb_array_elements_text(t.item_codes) with ordinality i(c, n)
                         left join service_item s on s.code = i.c order by i.n),
                   t.promised_deadline
            from application_task t join application a on a.id = t.application_id, p
            where %1$s and t.promised_deadline <= p.on_day and (p.dept is null or t.department = p.dept)
            order by t.promised_deadline, a.reference_number, t.department
            limit %3$d
            """.formatted(ReminderStatements.OPEN_TASK, DEPARTMENT_NAME.formatted("t.department"), MAX_LISTED_TASKS);

    private final Jdbc jdbc;
    private final Calendars calendars;

    public DeskStatistics(Jdbc jdbc, Calendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** The weeks from the one holding {@code from} to the one holding {@code to}, both required, at most 53. */
    @Transactional
    public Weekly weekly(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.invalidField(from == null ? "from" : "to", "required, a date YYYY-MM-DD");
        }
        CalendarLimits.requireDate("from", from);
        CalendarLimits.requireDate("to", to);
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        LocalDate first = weekOf(from);
        LocalDate last = weekOf(to);
        if (ChronoUnit.WEEKS.between(first, last) + 1 > MAX_WEEKS) {
            throw ProblemException.invalidField("to", "at most " + MAX_WEEKS + " weeks from from");
        }
        List<Week> weeks = jdbc.list(WEEKLY, row -> new Week(row.getObject(1, LocalDate.class),
                new Counts(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                        row.getLong(7), row.getLong(8))), first, last);
        Counts totals = weeks.stream().map(Week::counts).reduce(Counts.ZERO, Counts::plus);
        return new Weekly(from, to, weeks, totals);
    }

    /**
     * The board of {@code on} (today in Asia/Shanghai when null), of one department or all (null): tasks open now,
     * reminders created that day.
     */
    @Transactional
    public ReminderBoard reminders(LocalDate on, String department) {
        LocalDate day = on == null ? calendars.today() : CalendarLimits.requireDate("on", on);
        Object dept = department == null || department.isBlank() ? new Jdbc.TypedNull(Types.VARCHAR) : department.strip();
        List<DepartmentReminders> departments = jdbc.list(BY_DEPARTMENT, row -> new DepartmentReminders(
                row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5)), day, dept);
        List<DueTask> tasks = jdbc.list(DUE_TASKS, row -> {
            LocalDate deadline = row.getObject(10, LocalDate.class);
            return new DueTask(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                    row.getObject(5, UUID.class), row.getString(6), row.getString(7), strings(row, 8), strings(row, 9),
                    deadline, deadline.isBefore(day));
        }, day, dept);
        return new ReminderBoard(day, departments,
                departments.stream().mapToLong(DepartmentReminders::dueOn).sum(),
                departments.stream().mapToLong(DepartmentReminders::overdue).sum(),
                departments.stream().mapToLong(DepartmentReminders::remindersSent).sum(), tasks);
    }

    private static List<String> strings(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The Monday of the week a date falls in, as the weekly figures count it. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
