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

/** An enterprise's membership of an industry chain (产业链), from a date until an optional end. */
@Entity
@Audited
@Table(name = "enterprise_chain")
public class ChainMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(name = "chain_code", nullable = false, length = 48)
    public String chainCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Null while the enterprise is still a member. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public boolean isOpen() {
        return validTo == null;
    }

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
