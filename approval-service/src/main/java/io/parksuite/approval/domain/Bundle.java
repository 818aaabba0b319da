package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** 一件事: a named set of service items applied for with one form, one intake and one result. */
@Entity
@Table(name = "bundle")
public class Bundle extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 500)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_codes", nullable = false, columnDefinition = "jsonb")
    public List<String> itemCodes;

    /**
     * 承诺时限 of an application for the bundle, in working days: within the joint-handling limit and
     * its items' statutory limits ({@link BundlePromise}); never shortens an item's statutory clock.
     */
    @Column(name = "promised_limit_days", nullable = false)
    public int promisedLimitDays;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
