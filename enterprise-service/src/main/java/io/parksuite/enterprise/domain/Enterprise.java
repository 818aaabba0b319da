package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An enterprise of the registry (企业库), identified by its unified social credit code. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public EnterpriseStatus status;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic-lock version; also the events' {@code aggregateVersion} and the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    public static Enterprise register(String uscc, String name) {
        Enterprise enterprise = new Enterprise();
        enterprise.uscc = uscc;
        enterprise.name = name;
        enterprise.status = EnterpriseStatus.ACTIVE;
        enterprise.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        enterprise.updatedAt = enterprise.registeredAt;
        return enterprise;
    }
}
