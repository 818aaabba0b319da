package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 办事提醒: a reminder in an officer's department inbox or an applicant's, created once per
 * {@code dedupeKey} however many scans run.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 200)
    public String dedupeKey;

    /** MATERIAL_DUE, TASK_DUE or OVERDUE. */
    @Column(nullable = false, length = 24)
    public String kind;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "task_id")
    public UUID taskId;

    /** DEPARTMENT or APPLICANT. */
    @Column(name = "recipient_type", nullable = false, length = 16)
    public String recipientType;

    @Column(nullable = false, length = 128)
    public String recipient;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, length = 500)
    public String message;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /** For a forecast warning (超期预警): the predicted completion, past the deadline. */
    @Column(name = "predicted_on")
    public LocalDate predictedOn;
}
