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
import java.util.Map;
import java.util.UUID;

/**
 * An application (办件) for one service item or one bundle (一件事): who applies, for which project,
 * through which channel, with what form data; its lifecycle status and working-day clock.
 */
@Entity
@Table(name = "application")
@EntityListeners(EvictOnCommit.class)
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 办件编号, shown to people. */
    @Column(name = "reference_number", nullable = false, unique = true, length = 32)
    public String referenceNumber;

    @Column(name = "item_code", length = 40)
    public String itemCode;

    @Column(name = "bundle_code", length = 40)
    public String bundleCode;

    @Column(name = "applicant_uscc", length = 18)
    public String applicantUscc;

    @Column(name = "applicant_person_id", length = 32)
    public String applicantPersonId;

    /** The natural-person applicant's pseudonym, the only way events and reminders name the person. */
    @Column(name = "applicant_ref")
    public UUID applicantRef;

    @Column(name = "applicant_name", nullable = false, length = 200)
    public String applicantName;

    @Column(name = "project_id")
    public UUID projectId;

    /** The desk's own draft for a project that reached 签约: one per project and bundle (unique index). */
    @Column(name = "project_draft", nullable = false)
    public boolean projectDraft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ApplicationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_data", nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> formData;

    /** The applicant chose 告知承诺 where the items allow it. */
    @Column(name = "notify_commitment", nullable = false)
    public boolean notifyCommitment;

    /** The applicant chose 先建后验 where the items allow it. */
    @Column(name = "build_first", nullable = false)
    public boolean buildFirst;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** 接件日期 (Asia/Shanghai): the 5-working-day 补正 window runs from here. */
    @Column(name = "intake_date")
    public LocalDate intakeDate;

    @Column(name = "supplement_requested", nullable = false)
    public boolean supplementRequested;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "supplement_items", columnDefinition = "jsonb")
    public List<String> supplementItems;

    @Column(name = "supplement_due_on")
    public LocalDate supplementDueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Acceptance acceptance;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    /** 受理日期: the working-day clock starts the day after. */
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "promised_limit_days", nullable = false)
    public int promisedLimitDays;

    /** The longest statutory limit among the items (joint handling), where a law sets one. */
    @Column(name = "statutory_limit_days")
    public Integer statutoryLimitDays;

    /** The departments involved, as {@code ,code1,code2,} so that an officer's reach is one LIKE. */
    @Column(name = "department_list", nullable = false, length = 1000)
    public String departmentList;

    @Column(name = "promised_deadline")
    public LocalDate promisedDeadline;

    @Column(name = "statutory_deadline")
    public LocalDate statutoryDeadline;

    /** 第42条第2款: the 15 working days a bundle's joint-handling clock was extended by, if it was. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "statutory_extension", columnDefinition = "jsonb")
    public ItemClock.Extension statutoryExtension;

    /**
     * 送达期限: the licence document is due within 10 working days of an approval (行政许可法 第44条); set when an
     * application with an administrative licence among its items is approved.
     */
    @Column(name = "delivery_deadline")
    public LocalDate deliveryDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Deficiency deficiency;

    @Column(name = "deficiency_due_on")
    public LocalDate deficiencyDueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PausePeriod> pauses = new ArrayList<>();

    /** {@code approved} or {@code denied}, once concluded. */
    @Column(length = 16)
    public String result;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Column(name = "working_days_used")
    public Integer workingDaysUsed;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    /** When the promised deadline was found passed. */
    @Column(name = "breached_at")
    public OffsetDateTime breachedAt;

    /** When the statutory deadline was found passed. */
    @Column(name = "statutory_breached_at")
    public OffsetDateTime statutoryBreachedAt;

    /** When the delivery deadline was found passed without the document delivered. */
    @Column(name = "delivery_breached_at")
    public OffsetDateTime deliveryBreachedAt;

    /** Visits the applicant made in person (最多跑一次: more than one is flagged). */
    /** When the case was imported as history (POST /applications/history); null for the desk's own cases. */
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    /** 撤销: when the approval was revoked after a failed post-check or verification. */
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    public String revocationReason;

    @Column(nullable = false)
    public int visits;

    @Column(nullable = false)
    public boolean rated;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean involves(String department) {
        return involves(departmentList, department);
    }

    /** Whether a department list as stored ({@code ,A,B,}) names {@code department}. */
    public static boolean involves(String departmentList, String department) {
        return departmentList.contains("," + department + ",");
    }

    public boolean isBundle() {
        return bundleCode != null;
    }

    public boolean hasOpenDeficiency() {
        return deficiency != null && !deficiency.resolved();
    }

    public boolean isPaused() {
        return pauses.stream().anyMatch(p -> p.lastDay() == null);
    }

    public List<io.parksuite.platform.calendar.Pause> clockPauses() {
        return pauses.stream().map(PausePeriod::toPause).toList();
    }

    /** Sets the promised and statutory deadlines from the acceptance date, the limits and the pauses so far. */
    public void setDeadlines(io.parksuite.platform.calendar.WorkingCalendar calendar) {
        promisedDeadline = ClockRules.deadline(calendar, acceptedOn, promisedLimitDays, clockPauses());
        statutoryDeadline = statutoryLimitDays == null ? null
                : ClockRules.deadline(calendar, acceptedOn, statutoryLimitDays
                + (statutoryExtension == null ? 0 : statutoryExtension.days()), clockPauses());
    }
}
