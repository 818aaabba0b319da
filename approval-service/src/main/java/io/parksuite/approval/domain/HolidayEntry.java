package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A holiday or make-up workday an administrator loaded; its year replaces the shipped notice. */
@Entity
@Table(name = "calendar_day")
public class HolidayEntry extends PanacheEntityBase {

    @Id
    public LocalDate day;

    /** HOLIDAY or WORKDAY. */
    @Column(nullable = false, length = 8)
    public String type;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(name = "loaded_by", nullable = false, length = 128)
    public String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;
}
