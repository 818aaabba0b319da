package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The desk's copy of an enterprise's registry data (from {@code enterprise.events}), used to fill
 * in application forms so the applicant is not asked again (数据换人).
 */
@Entity
@Table(name = "applicant_enterprise")
public class ApplicantEnterprise extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "legal_representative", length = 64)
    public String legalRepresentative;

    @Column(length = 300)
    public String address;

    @Column(length = 32)
    public String status;

    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String snapshot;
}
