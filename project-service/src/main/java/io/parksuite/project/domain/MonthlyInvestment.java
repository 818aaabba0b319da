package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 固定资产投资完成额: the fixed-asset investment a project completed in one month (YYYY-MM). */
@Entity
@Table(name = "monthly_investment")
public class MonthlyInvestment extends PanacheEntityBase {

    /** A project's month. */
    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, @Column(name = "period") String period)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "completed_yuan", nullable = false, precision = 20, scale = 2)
    public BigDecimal completedYuan;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    @Column(name = "reported_by", nullable = false, length = 128)
    public String reportedBy;
}
