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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A dated, sourced valuation of an enterprise (估值), e.g. from a financing round or 胡润全球独角兽榜: the only
 * evidence the unicorn (独角兽) assessment accepts. Valuations are only ever added, never changed.
 */
@Entity
@Table(name = "enterprise_valuation")
public class Valuation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false, precision = 22, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public ValuationCurrency currency;

    @Column(name = "valued_on", nullable = false)
    public LocalDate valuedOn;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The latest valuation of an enterprise: by the day it refers to, then by when it was recorded. */
    public static Optional<Valuation> latestOf(String uscc) {
        return find("uscc = ?1 order by valuedOn desc, recordedAt desc, id desc", uscc).firstResultOptional();
    }
}
