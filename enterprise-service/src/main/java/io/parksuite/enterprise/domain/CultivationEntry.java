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
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An enterprise in the park's cultivation pool (培育库) for one growth programme (瞪羚 or 独角兽): since when,
 * which liaison officer looks after its cultivation, and where it stands ({@link PoolStatus}). Each change is a
 * {@link CultivationHistory} row.
 */
@Entity
@Table(name = "cultivation_entry")
public class CultivationEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Programme programme;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "officer_id")
    public Long officerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PoolStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EntryOrigin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** A new CANDIDATE entry. */
    public static CultivationEntry candidate(String uscc, Programme programme, LocalDate since, EntryOrigin origin,
                                             OffsetDateTime at) {
        CultivationEntry entry = new CultivationEntry();
        entry.uscc = uscc;
        entry.programme = programme;
        entry.since = since;
        entry.origin = origin;
        entry.status = PoolStatus.CANDIDATE;
        entry.statusChangedAt = at;
        entry.createdAt = at;
        entry.updatedAt = at;
        return entry;
    }

    public static CultivationEntry of(String uscc, Programme programme) {
        return find("uscc = ?1 and programme = ?2", uscc, programme).firstResult();
    }
}
