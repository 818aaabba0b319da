package io.parksuite.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The indicator service's own copy of an enterprise, kept from {@code enterprise.events} only:
 * the dimension that reports and aggregates are grouped by.
 */
@Entity
@Table(name = "enterprise_dimension")
public class EnterpriseDimension extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 32)
    public String status;

    @Column(name = "street_code", length = 32)
    public String streetCode;

    /** GB/T 4754-2017 code; its first two digits are the division. */
    @Column(name = "industry_code", length = 4)
    public String industryCode;

    /** The registry's version of the snapshot held here; older snapshots are ignored. */
    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
