package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A post-check (告知承诺), verification (先建后验) or rectification (差评整改) task opened by the desk, with its
 * outcome: a failed check's rectification deadline, a revocation, a waiver, or a closed rectification's re-rating.
 * Its version rises by one with every change, so that consumers of follow-up-changed never move backwards.
 */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FollowUpKind kind;

    @Column(nullable = false, length = 64)
    public String department;

    /** The item whose commitment or verification this is; the application's item for a rectification. */
    @Column(name = "item_code", length = 40)
    public String itemCode;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FollowUpStatus status;

    /** True once a check failed (RECTIFYING reached, or REVOKED). */
    @Column(nullable = false)
    public boolean failed;

    @Column(name = "rectification_due_on")
    public LocalDate rectificationDueOn;

    @Column(name = "rectifying_since")
    public OffsetDateTime rectifyingSince;

    /** The outcome, waiver or revocation reason, or what a closed rectification did. */
    @Column(length = 1000)
    public String reason;

    @Column(length = 1000)
    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by", length = 128)
    public String completedBy;

    @Column(nullable = false)
    public long version;

    /** The officer a 差评整改 rectification is assigned to. */
    @Column(length = 128)
    public String assignee;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    /** The applicant's new rating after a closed rectification; the first one stays in {@link Rating}. */
    @Column(name = "rerating_score")
    public Integer reratingScore;

    @Column(name = "rerating_comment", length = 1000)
    public String reratingComment;

    @Column(name = "rerated_at")
    public OffsetDateTime reratedAt;

    @Column(name = "breached_at")
    public OffsetDateTime breachedAt;

    @Column(name = "rectification_breached_at")
    public OffsetDateTime rectificationBreachedAt;

    /** The deadline that runs now: the rectification's while RECTIFYING, else the follow-up's own. */
    public LocalDate currentDeadline() {
        return status == FollowUpStatus.RECTIFYING ? rectificationDueOn : dueOn;
    }
}
