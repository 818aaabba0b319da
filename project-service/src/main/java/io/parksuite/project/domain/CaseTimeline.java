package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The project's copy of one approval case's timeline, as the desk published it when the case
 * concluded: who handled it and when, its dated intervals being {@link CaseInterval}s. Kept so that a
 * project's lead time can be split into government, enterprise and construction time.
 */
@Entity
@Table(name = "case_timeline")
public class CaseTimeline extends PanacheEntityBase {

    @Id
    @Column(name = "application_id", length = 64)
    public String applicationId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "reference_number")
    public String referenceNumber;

    @Column(name = "bundle_code")
    public String bundleCode;

    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "applicant_uscc")
    public String applicantUscc;

    /** Who accepted the case at the desk (受理人). */
    public String officer;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;

    public String result;

    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static List<CaseTimeline> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by submittedAt, applicationId", projectIds);
    }
}
