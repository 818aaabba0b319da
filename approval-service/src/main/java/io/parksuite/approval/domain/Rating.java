package io.parksuite.approval.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 好差评: the applicant's one rating of an application, 1 (非常不满意) to 5 (非常满意). */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {

    public static final int BAD_AT_OR_BELOW = 2;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public int score;

    @Column(length = 1000)
    public String comment;

    @Column(name = "rated_by", nullable = false, length = 128)
    public String ratedBy;

    @Column(name = "rated_at", nullable = false)
    public OffsetDateTime ratedAt;

    public boolean isBad() {
        return score <= BAD_AT_OR_BELOW;
    }
}
