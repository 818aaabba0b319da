package io.parksuite.enterprise.domain;

import io.parksuite.platform.audit.AuditHistory;
import io.parksuite.platform.cache.EvictOnCommit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An enterprise of the registry (企业库), identified by its unified social credit code. Every
 * revision is kept (Envers) for its change history.
 */
@Entity
@Audited
@Table(name = "enterprise")
@EntityListeners(EvictOnCommit.class)
public class Enterprise extends PanacheEntityBase implements AuditHistory.Historic {

    @Id
    @Column(length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_en", length = 200)
    public String nameEn;

    @Column(name = "legal_representative", length = 64)
    public String legalRepresentative;

    @Column(name = "registered_capital_yuan", precision = 20, scale = 2)
    public BigDecimal registeredCapitalYuan;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(length = 300)
    public String address;

    @Column(name = "street_code", length = 32)
    public String streetCode;

    /** GB/T 4754-2017 division, group or class code (2 to 4 digits). */
    @Column(name = "industry_code", length = 4)
    public String industryCode;

    @Embedded
    public Contact contact = new Contact();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Origin origin;

    @Column(name = "origin_project_id", length = 64)
    public String originProjectId;

    /** Set when the code fails its check character and was accepted by explicit override. */
    @Column(name = "uscc_warning", length = 200)
    public String usccWarning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public EnterpriseStatus status;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    @Column(name = "status_reason", length = 300)
    public String statusReason;

    /** The latest valuation (估值); null while none is recorded. Its history is the {@link Valuation}s. */
    @Embedded
    @NotAudited
    public LatestValuation valuation;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic-lock version; also the events' {@code aggregateVersion} and the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    public static boolean isRegistered(String uscc) {
        return count("uscc", uscc) > 0;
    }

    /** A new ACTIVE enterprise registered {@code at}. */
    public static Enterprise register(String uscc, EnterpriseProfile profile, String usccWarning, OffsetDateTime at) {
        Enterprise enterprise = new Enterprise();
        enterprise.uscc = uscc;
        enterprise.usccWarning = usccWarning;
        enterprise.status = EnterpriseStatus.ACTIVE;
        enterprise.registeredAt = at;
        enterprise.apply(profile, at);
        return enterprise;
    }

    /** Replaces the master data {@code at}; returns the names of the fields that changed. */
    public List<String> apply(EnterpriseProfile profile, OffsetDateTime at) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", name, profile.name().strip(), v -> name = v);
        change(changed, "nameEn", nameEn, profile.nameEn(), v -> nameEn = v);
        change(changed, "legalRepresentative", legalRepresentative, profile.legalRepresentative(),
                v -> legalRepresentative = v);
        if (!sameAmount(registeredCapitalYuan, profile.registeredCapitalYuan())) {
            changed.add("registeredCapitalYuan");
            registeredCapitalYuan = profile.registeredCapitalYuan();
        }
        change(changed, "establishedOn", establishedOn, profile.establishedOn(), v -> establishedOn = v);
        change(changed, "address", address, profile.address(), v -> address = v);
        change(changed, "streetCode", streetCode, profile.streetCode(), v -> streetCode = v);
        change(changed, "industryCode", industryCode, profile.industryCode(), v -> industryCode = v);
        changed.addAll(changeContact(profile.contact() == null ? new Contact() : profile.contact(), at));
        change(changed, "origin", origin, profile.origin() == null ? Origin.LOCAL : profile.origin(), v -> origin = v);
        change(changed, "originProjectId", originProjectId, profile.originProjectId(), v -> originProjectId = v);
        touch(changed, at);
        return changed;
    }

    /** Replaces the contact data {@code at}; returns the names of the fields that changed. */
    public List<String> changeContact(Contact replacement, OffsetDateTime at) {
        Contact current = contact == null ? new Contact() : contact;
        List<String> changed = new ArrayList<>();
        change(changed, "contact.person", current.person, replacement.person, v -> { });
        change(changed, "contact.phone", current.phone, replacement.phone, v -> { });
        change(changed, "contact.email", current.email, replacement.email, v -> { });
        if (!changed.isEmpty()) {
            contact = new Contact(replacement.person, replacement.phone, replacement.email);
        }
        touch(changed, at);
        return changed;
    }

    public void changeStatus(EnterpriseStatus to, LocalDate effectiveOn, String reason, OffsetDateTime at) {
        status = to;
        statusChangedOn = effectiveOn;
        statusReason = reason;
        updatedAt = at;
    }

    /**
     * Makes {@code latest} the enterprise's valuation {@code at}; returns whether it changed, i.e. whether a
     * newer valuation than the one held was recorded.
     */
    public boolean revalue(LatestValuation latest, OffsetDateTime at) {
        if (latest == null || latest.sameAs(valuation)) {
            return false;
        }
        valuation = latest;
        updatedAt = at;
        return true;
    }

    @Override
    public long historyVersion() {
        return version;
    }

    /** The values a history shows, by field name, in a stable order. */
    @Override
    public Map<String, Object> historyValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("nameEn", nameEn);
        values.put("legalRepresentative", legalRepresentative);
        values.put("registeredCapitalYuan", registeredCapitalYuan == null ? null : registeredCapitalYuan.stripTrailingZeros());
        values.put("establishedOn", establishedOn);
        values.put("address", address);
        values.put("streetCode", streetCode);
        values.put("industryCode", industryCode);
        values.put("contact.person", contact == null ? null : contact.person);
        values.put("contact.phone", contact == null ? null : contact.phone);
        values.put("contact.email", contact == null ? null : contact.email);
        values.put("origin", origin);
        values.put("originProjectId", originProjectId);
        values.put("status", status);
        values.put("statusChangedOn", statusChangedOn);
        values.put("statusReason", statusReason);
        return values;
    }

    private void touch(List<String> changed, OffsetDateTime at) {
        if (updatedAt == null || !changed.isEmpty()) {
            updatedAt = at;
        }
    }

    /** Writes only real changes: enhanced entities count every write as a change, and bump the version. */
    private static <T> void change(List<String> changed, String field, T current, T replacement, Consumer<T> setter) {
        if (!Objects.equals(current, replacement)) {
            changed.add(field);
            setter.accept(replacement);
        }
    }

    private static boolean sameAmount(BigDecimal current, BigDecimal replacement) {
        return current == null ? replacement == null : replacement != null && current.compareTo(replacement) == 0;
    }
}
