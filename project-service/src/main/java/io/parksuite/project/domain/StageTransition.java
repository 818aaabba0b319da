package io.parksuite.project.domain;

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
import java.util.List;
import java.util.UUID;

/** One stage change of a project: from, to, the business date, who recorded it and why. */
@Entity
@Table(name = "stage_transition")
public class StageTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16)
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    public ProjectStage toStage;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(nullable = false, length = 128)
    public String actor;

    @Column(length = 500)
    public String note;

    @Column(name = "skip_reason", length = 500)
    public String skipReason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static StageTransition record(UUID projectId, ProjectStage from, ProjectStage to, LocalDate on,
                                         String actor, String note, String skipReason, OffsetDateTime recordedAt) {
        StageTransition transition = new StageTransition();
        transition.projectId = projectId;
        transition.fromStage = from;
        transition.toStage = to;
        transition.occurredOn = on;
        transition.actor = actor;
        transition.note = note;
        transition.skipReason = skipReason;
        transition.recordedAt = recordedAt;
        transition.persist();
        return transition;
    }

    public static List<StageTransition> of(UUID projectId) {
        return list("projectId = ?1 order by id", projectId);
    }
}
