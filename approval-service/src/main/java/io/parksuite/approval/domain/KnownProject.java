package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The desk's copy of an investment project (招商项目) from {@code project.events}: enough to know who
 * invests in it, so that only the investor's applications may name the project.
 */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false, length = 200)
    public String name;

    /** The investor's USCC; null while the investor is a prospective one without a registered enterprise. */
    @Column(name = "investor_uscc", length = 18)
    public String investorUscc;

    @Column(length = 32)
    public String stage;

    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
