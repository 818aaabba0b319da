package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 诉求提醒: an entry of the liaison inbox, created by the reminder scan once per request and kind. DUE and
 * OVERDUE are addressed to the officer following the request; an ESCALATION to a role ({@link #recipientRole}),
 * with the request's officer kept for context.
 */
@Entity
@Table(name = "liaison_reminder")
public class LiaisonReminder extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReminderKind kind;

    /** The officer following the request when the reminder was created; null only for an escalation. */
    @Column(name = "officer_id")
    public Long officerId;

    /** The role an escalation is addressed to; null for a reminder to the officer. */
    @Column(name = "recipient_role", length = 32)
    public String recipientRole;

    @Column(nullable = false, length = 18)
    public String uscc;

    /** The request's deadline. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false, length = 400)
    public String message;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "read_by", length = 100)
    public String readBy;
}
