package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 联点干部: a park officer who looks after a set of enterprises one to one (一对一联点服务). */
@Entity
@Table(name = "liaison_officer")
public class LiaisonOfficer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(length = 32)
    public String phone;

    /** The officer's login (token subject), when the officer uses the system. */
    @Column(length = 100)
    public String subject;
}
