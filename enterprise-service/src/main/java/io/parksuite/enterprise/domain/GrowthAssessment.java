package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * indicator-service's latest standing of an enterprise against a programme's criteria, kept for every enterprise
 * it flagged (in the pool or not) with the {@code aggregateVersion} of its event, so that an older or repeated
 * event is recognised and changes nothing.
 */
@Entity
@IdClass(GrowthAssessment.Key.class)
@Table(name = "growth_assessment")
public class GrowthAssessment extends PanacheEntityBase {

    @Id
    @Column(length = 18)
    public String uscc;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Standing standing;

    @Column(name = "assessed_year", nullable = false)
    public int assessedYear;

    @Column(nullable = false, length = 32)
    public String province;

    @Column(name = "criteria_version", nullable = false, length = 64)
    public String criteriaVersion;

    /** The criteria not met, a JSON array of {@link Shortfall}s (empty when it meets them all). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String shortfalls;

    @Column(name = "assessed_at", nullable = false)
    public OffsetDateTime assessedAt;

    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @Column(name = "event_id", nullable = false, length = 64)
    public String eventId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static GrowthAssessment of(String uscc, Programme programme) {
        return findById(new Key(uscc, programme));
    }

    /** The standing as a history row shows it, e.g. {@code MEETS 2019}. */
    public String label() {
        return standing + " " + assessedYear;
    }

    /** The primary key: an enterprise and a programme. */
    public static class Key implements Serializable {
        public String uscc;
        public Programme programme;

        public Key() {
        }

        public Key(String uscc, Programme programme) {
            this.uscc = uscc;
            this.programme = programme;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(uscc, k.uscc) && programme == k.programme;
        }

        @Override
        public int hashCode() {
            return Objects.hash(uscc, programme);
        }
    }
}
