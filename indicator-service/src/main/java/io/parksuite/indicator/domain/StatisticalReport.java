package io.parksuite.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * 统计月报: one revision of an enterprise's monthly report. Revisions are kept; the one marked
 * {@code current} (the latest) is the one the indicators count. Written by {@code ReportIntake}.
 */
@Entity
@Table(name = "statistical_report")
public class StatisticalReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(nullable = false)
    public boolean current;

    @Column(name = "output_value_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal outputValueYuan;

    @Column(name = "sales_output_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal salesOutputYuan;

    @Column(name = "revenue_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal revenueYuan;

    @Column(name = "tax_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal taxYuan;

    @Column(nullable = false)
    public int employees;

    @Column(name = "energy_tce", precision = 20, scale = 3)
    public BigDecimal energyTce;

    @Column(name = "export_value_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal exportValueYuan;

    @Column(name = "submitted_by", nullable = false, length = 128)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    public Period period() {
        return new Period(year, month);
    }
}
