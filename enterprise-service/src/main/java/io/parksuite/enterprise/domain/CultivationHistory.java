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

import java.time.OffsetDateTime;

/**
 * One change of a cultivation pool entry (培育库变更记录): what changed from what to what, who changed it (a login,
 * or {@value #ASSESSOR} for a standing it published), when and why. Rows are only ever added.
 */
@Entity
@Table(name = "cultivation_history")
public class CultivationHistory extends PanacheEntityBase {

    /** The actor of the changes an assessment event makes. */
    public static final String ASSESSOR = "indicator-service";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public PoolChange change;

    @Column(name = "from_value", length = 100)
    public String fromValue;

    @Column(name = "to_value", length = 100)
    public String toValue;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(length = 500)
    public String reason;

    /** The CloudEvents id of the assessment event that made the change; null for a change made by hand. */
    @Column(name = "event_id", length = 64)
    public String eventId;

    public static CultivationHistory of(CultivationEntry entry, PoolChange change, Object from, Object to, String actor,
                                        OffsetDateTime at, String reason) {
        CultivationHistory row = new CultivationHistory();
        row.entryId = entry.id;
        row.change = change;
        row.fromValue = from == null ? null : from.toString();
        row.toValue = to == null ? null : to.toString();
        row.actor = actor;
        row.at = at;
        row.reason = reason;
        return row;
    }
}
