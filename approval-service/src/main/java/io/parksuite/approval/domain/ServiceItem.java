package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A service item of the catalogue (政务服务事项): who handles it, its statutory and promised time
 * limits in working days, the materials and form fields it asks for, its fee (0 = 无费化) and what
 * the desk may do with it (online, 告知承诺, 先建后验), and whether it is 依申请 and how deep online it goes.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    /** Department code, as carried in an approval officer's {@code dept} claim. */
    @Column(nullable = false, length = 64)
    public String department;

    @Column(name = "department_name", nullable = false, length = 100)
    public String departmentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 32)
    public ItemType itemType;

    /** 依申请 or not: which items the 网上办 and 一次办 rates count. */
    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 24)
    public ItemKind itemKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_mode", nullable = false, length = 16)
    public HandlingMode handlingMode;

    /** 法定时限, where a law sets one. */
    @Column(name = "statutory_limit_days")
    public Integer statutoryLimitDays;

    /** Extension the law allows (e.g. +10, or +15 for joint handling). */
    @Column(name = "statutory_extension_days")
    public Integer statutoryExtensionDays;

    /** 承诺时限: at most the statutory limit; 0 for 即办件. */
    @Column(name = "promised_limit_days", nullable = false)
    public int promisedLimitDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<MaterialSpec> materials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_fields", nullable = false, columnDefinition = "jsonb")
    public List<FormField> formFields;

    @Column(name = "fee_yuan", nullable = false, precision = 14, scale = 2)
    public BigDecimal feeYuan;

    @Column(name = "online_capable", nullable = false)
    public boolean onlineCapable;

    /** 办理深度: ON_SITE exactly when not {@link #onlineCapable}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "handling_depth", nullable = false, length = 24)
    public HandlingDepth handlingDepth;

    /** 告知承诺: may be approved on the applicant's written commitment, checked afterwards. */
    @Column(name = "notify_commit_eligible", nullable = false)
    public boolean notifyCommitEligible;

    /** 先建后验: construction may start before the final verification. */
    @Column(name = "build_first_eligible", nullable = false)
    public boolean buildFirstEligible;

    @Column(name = "max_visits", nullable = false)
    public int maxVisits;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isLicence() {
        return itemType == ItemType.ADMINISTRATIVE_LICENCE;
    }
}
