package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 走访记录: one visit an officer paid to an enterprise, as the officer logged it. */
@Entity
@Table(name = "liaison_visit")
public class LiaisonVisit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "officer_id", nullable = false)
    public Long officerId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(nullable = false, length = 2000)
    public String summary;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
