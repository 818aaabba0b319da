package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A designation (规上, 高新技术企业, 专精特新, …) an enterprise holds for a year, with its evidence. */
@Entity
@Audited
@Table(name = "enterprise_designation")
public class Designation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "type_code", nullable = false, length = 48)
    public String typeCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "certificate_number", length = 64)
    public String certificateNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;
}
