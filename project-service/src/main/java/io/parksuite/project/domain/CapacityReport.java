package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One dated report of the capacity (产能) a project in production has reached. Every report is kept, one per
 * project and day, so that the ramp-up towards the planned capacity can be followed; the latest by date is
 * what the project shows as its reached capacity.
 */
@Entity
@Table(name = "capacity_report")
public class CapacityReport extends PanacheEntityBase {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(name = "reached_quantity", nullable = false, precision = 20, scale = 2)
    public BigDecimal reachedQuantity;

    @Column(nullable = false, length = 64)
    public String unit;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 128)
    public String recordedBy;

    /**
     * The share of {@code plannedQuantity} this report reached, in percent with one decimal (half up), or null
     * when there is no positive plan or the plan is in another unit.
     */
    public BigDecimal shareOf(BigDecimal plannedQuantity, String plannedUnit) {
        if (plannedQuantity == null || plannedQuantity.signum() <= 0 || plannedUnit == null || !plannedUnit.equals(unit)) {
            return null;
        }
        return reachedQuantity.multiply(HUNDRED).divide(plannedQuantity, 1, RoundingMode.HALF_UP);
    }
}
