package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Which officer currently looks after an enterprise: one per enterprise. */
@Entity
@Table(name = "liaison_assignment")
public class LiaisonAssignment extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(name = "officer_id", nullable = false)
    public Long officerId;

    @Column(name = "assigned_on", nullable = false)
    public LocalDate assignedOn;
}
