package io.parksuite.enterprise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The enterprise's latest valuation (最新估值), kept on its record so that its snapshot, its events and every
 * list of enterprises carry it without a query per enterprise; the valuations themselves are {@link Valuation}s.
 */
@Embeddable
public class LatestValuation {

    @Column(name = "valuation_amount", precision = 22, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "valuation_currency", length = 3)
    public ValuationCurrency currency;

    @Column(name = "valuation_valued_on")
    public LocalDate valuedOn;

    @Column(name = "valuation_source", length = 200)
    public String source;

    public LatestValuation() {
    }

    public static LatestValuation of(Valuation v) {
        LatestValuation latest = new LatestValuation();
        latest.amount = v.amount;
        latest.currency = v.currency;
        latest.valuedOn = v.valuedOn;
        latest.source = v.source;
        return latest;
    }

    /** Whether {@code other} states the same valuation (amounts compared by value, not scale). */
    public boolean sameAs(LatestValuation other) {
        return other != null && amount != null && other.amount != null && amount.compareTo(other.amount) == 0
                && currency == other.currency && Objects.equals(valuedOn, other.valuedOn)
                && Objects.equals(source, other.source);
    }
}
