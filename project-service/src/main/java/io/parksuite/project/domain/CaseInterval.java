package io.parksuite.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * One dated interval of an approval case (inclusive days, Asia/Shanghai): government time such as a
 * department's review (DEPARTMENT_REVIEW) or a special procedure, or enterprise time such as the
 * draft, a 补正 supplement, a 容缺 deficiency or a rectification.
 */
@Entity
@Table(name = "case_interval")
public class CaseInterval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false, length = 64)
    public String applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LeadTimeAttribution.Party party;

    @Column(nullable = false)
    public String kind;

    public String department;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    public LeadTimeAttribution.Interval interval() {
        return new LeadTimeAttribution.Interval(party, firstDay, lastDay);
    }

    public static List<CaseInterval> ofApplications(Collection<String> applicationIds) {
        return list("applicationId in ?1 order by firstDay, id", applicationIds);
    }
}
