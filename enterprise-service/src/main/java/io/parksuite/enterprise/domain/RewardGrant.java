package io.parksuite.enterprise.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 奖补: a reward or subsidy an enterprise received under a programme in a year (科技创新, 智能制造, 人才引进, …). */
@Entity
@Audited
@Table(name = "reward_grant")
public class RewardGrant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false, length = 200)
    public String programme;

    @Column(nullable = false)
    public int year;

    @Column(name = "amount_yuan", nullable = false, precision = 16, scale = 2)
    public BigDecimal amountYuan;

    @Column(name = "granted_on")
    public LocalDate grantedOn;
}
