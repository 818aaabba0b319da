package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 到位资金: money that actually arrived for a project, with the reference of the document confirming it. */
@Entity
@Table(name = "funds_arrival")
public class FundsArrival extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "arrived_on", nullable = false)
    public LocalDate arrivedOn;

    @Column(name = "amount_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal amountYuan;

    @Column(nullable = false, length = 128)
    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 128)
    public String recordedBy;
}
