package io.parksuite.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * An audited transaction (Hibernate Envers revision) with who made it: the token's subject and
 * calling client, or {@code system} for changes made by event consumers and schedules.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    @Column(nullable = false)
    public long timestamp;

    @Column(nullable = false, length = 128)
    public String actor;

    @Column(length = 128)
    public String client;

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }
}
