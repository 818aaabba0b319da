package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** 企业诉求: a problem an enterprise asks the park to solve, followed to a resolution the enterprise rates. */
@Entity
@Audited
@Table(name = "liaison_request")
public class LiaisonRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public RequestCategory category;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RequestStatus status;

    @Column(name = "officer_id")
    public Long officerId;

    @Column(length = 4000)
    public String resolution;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public Short rating;

    @Column(name = "rating_comment", length = 1000)
    public String ratingComment;

    @Column(name = "raised_by", nullable = false, length = 100)
    public String raisedBy;

    @Version
    public long version;

    public boolean isOverdueOn(LocalDate day) {
        return status.isPending() && deadline.isBefore(day);
    }
}
