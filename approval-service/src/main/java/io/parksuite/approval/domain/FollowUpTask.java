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

/** A post-check (告知承诺), verification (先建后验) or rectification (差评整改) task opened by the desk. */
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

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** OPEN or DONE. */
    @Column(nullable = false, length = 16)
    public String status;

    @Column(length = 1000)
    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by", length = 128)
    public String completedBy;
}
