package io.parksuite.bench.peer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The row the peer stores: the columns of enterprise-service's enterprise record, keyed by the
 * unified social credit code, with public fields as Panache's guide writes them.
 */
@Entity
public class Enterprise extends PanacheEntityBase {

    @Id
    public String uscc;
    public String name;
    public String nameEn;
    public String status;
    public String legalRepresentative;
    public BigDecimal registeredCapitalYuan;
    public LocalDate establishedOn;
    public String address;
    public String streetCode;
    public String industryCode;
    public String contactPerson;
    public String contactPhone;
    public String contactEmail;
    public OffsetDateTime registeredAt;
    public OffsetDateTime updatedAt;
}
