package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.parksuite.platform.cache.EvictOnCommit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One department's review of the items it handles in an application (并联审批): the tasks of a
 * bundle run in parallel and may finish in any order. Its promised deadline is the bundle's target
 * or the item's promise, whichever is sooner; the statutory deadline is the item's own and is never
 * moved by the bundle.
 */
@Entity
@Table(name = "application_task")
@EntityListeners(EvictOnCommit.class)
public class ApplicationTask extends PanacheEntityBase {

    private static final String OF_APPLICATION = "applicationId = ?1 order by department";

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false, length = 64)
    public String department;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_codes", nullable = false, columnDefinition = "jsonb")
    public List<String> itemCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TaskStatus status;

    @Column(name = "promised_limit_days", nullable = false)
    public int promisedLimitDays;

    @Column(name = "statutory_limit_days")
    public Integer statutoryLimitDays;

    @Column(name = "promised_deadline", nullable = false)
    public LocalDate promisedDeadline;

    @Column(name = "statutory_deadline")
    public LocalDate statutoryDeadline;

    @Column(name = "decided_by", length = 128)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(length = 1000)
    public String opinion;

    /** Each item's own statutory clock; the task's statutory deadline is the latest of them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_clocks", nullable = false, columnDefinition = "jsonb")
    public List<ItemClock> itemClocks = new ArrayList<>();

    @Version
    public long version;

    /**
     * Sets the task's deadlines from the application's acceptance date and pauses: the promised one on its own limit,
     * each item's statutory clock on the item's limit and extension, and the task's statutory deadline as the latest.
     */
    public void setDeadlines(io.parksuite.platform.calendar.WorkingCalendar calendar, Application application) {
        List<io.parksuite.platform.calendar.Pause> pauses = application.clockPauses();
        promisedDeadline = ClockRules.deadline(calendar, application.acceptedOn, promisedLimitDays, pauses);
        itemClocks = itemClocks.stream().map(c -> c.withDeadline(calendar, application.acceptedOn, pauses)).toList();
        statutoryDeadline = statutoryLimitDays == null ? null
                : ClockRules.deadline(calendar, application.acceptedOn, statutoryLimitDays, pauses);
        itemClocks.stream().map(ItemClock::statutoryDeadline).max(LocalDate::compareTo)
                .filter(latest -> statutoryDeadline == null || latest.isAfter(statutoryDeadline))
                .ifPresent(latest -> statutoryDeadline = latest);
    }

    public static List<ApplicationTask> of(UUID applicationId) {
        return list(OF_APPLICATION, applicationId);
    }
}
