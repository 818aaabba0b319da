package io.parksuite.indicator.domain;

import io.parksuite.platform.audit.AuditHistory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 年度目标: an annual target of an indicator, for the park or a chain, designation or street. A
 * target set again replaces the value; every earlier value stays in its audit history with who set
 * it and when.
 */
@Entity
@Table(name = "indicator_target")
@Audited
public class IndicatorTarget extends PanacheEntityBase implements AuditHistory.Historic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code", nullable = false, length = 48)
    public String indicatorCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 16)
    public String dimension;

    @Column(nullable = false, length = 64)
    public String member;

    @Column(name = "target_value", nullable = false, precision = 22, scale = 2)
    public BigDecimal targetValue;

    @Column(name = "recorded_by", length = 128)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    public static IndicatorTarget byKey(String indicatorCode, int year, Cell.Dimension dimension, String member) {
        return find("indicatorCode = ?1 and year = ?2 and dimension = ?3 and member = ?4", indicatorCode, year,
                dimension.name(), member).firstResult();
    }

    @Override
    public Map<String, Object> historyValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("targetValue", targetValue);
        values.put("recordedBy", recordedBy);
        return values;
    }

    @Override
    public long historyVersion() {
        return version;
    }
}
