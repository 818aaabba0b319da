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
import org.hibernate.envers.Audited;

/** 创新平台: a lab, technology centre, incubator or workstation an enterprise hosts, recognised at a level in a year. */
@Entity
@Audited
@Table(name = "innovation_platform")
public class InnovationPlatform extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "type_code", nullable = false, length = 48)
    public String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecognitionLevel level;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "year_recognised", nullable = false)
    public int yearRecognised;

    @Column(name = "recognised_by", length = 100)
    public String recognisedBy;
}
