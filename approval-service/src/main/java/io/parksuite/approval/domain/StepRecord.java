package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step taken on an application (办理过程): who, when, from which status to which, and the notice it produced. */
@Entity
@Table(name = "application_step")
public class StepRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    public ApplicationStatus toStatus;

    @Column(nullable = false, length = 128)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "notice_title", length = 100)
    public String noticeTitle;

    @Column(name = "notice_text", columnDefinition = "text")
    public String noticeText;

    @Column(length = 1000)
    public String detail;
}
