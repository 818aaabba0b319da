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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 官方发布数: a park-level figure as the statistics bureau published it (this park's or a peer's),
 * one per park, indicator and period. A re-release replaces the value; every earlier value stays in
 * its audit history with who recorded it and when.
 */
@Entity
@Table(name = "official_figure")
@Audited
public class OfficialFigure extends PanacheEntityBase implements AuditHistory.Historic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "park_code", nullable = false, length = 48)
    public String parkCode;

    @Column(name = "indicator_code", nullable = false, length = 48)
    public String indicatorCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(name = "ytd_value", nullable = false, precision = 22, scale = 2)
    public BigDecimal ytdValue;

    @Column(name = "ytd_growth_pct", precision = 9, scale = 2)
    public BigDecimal ytdGrowthPct;

    @Column(nullable = false, length = 200)
    public String source;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", length = 128)
    public String recordedBy;

    @Version
    public long version;

    public static OfficialFigure byKey(String parkCode, String indicatorCode, Period period) {
        return find("parkCode = ?1 and indicatorCode = ?2 and year = ?3 and month = ?4", parkCode, indicatorCode,
                period.year(), period.month()).firstResult();
    }

    @Override
    public Map<String, Object> historyValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ytdValue", ytdValue);
        values.put("ytdGrowthPct", ytdGrowthPct);
        values.put("source", source);
        values.put("publishedOn", publishedOn);
        values.put("recordedBy", recordedBy);
        return values;
    }

    @Override
    public long historyVersion() {
        return version;
    }
}
