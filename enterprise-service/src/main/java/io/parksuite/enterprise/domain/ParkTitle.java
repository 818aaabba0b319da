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

/** 园区荣誉: a title the park itself holds (e.g. 国家知识产权示范园区), unlike an enterprise's designation. */
@Entity
@Audited
@Table(name = "park_title")
public class ParkTitle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecognitionLevel level;

    @Column(nullable = false)
    public int year;

    @Column(name = "awarded_by", length = 100)
    public String awardedBy;
}
