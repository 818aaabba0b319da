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

/**
 * 风险补偿基金贷款: a bank loan to an enterprise backed by the park's risk-compensation fund, which
 * bears {@code compensationShare} of a default.
 */
@Entity
@Audited
@Table(name = "risk_compensation_loan")
public class RiskCompensationLoan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 18)
    public String uscc;

    @Column(nullable = false, length = 100)
    public String bank;

    @Column(name = "amount_yuan", nullable = false, precision = 16, scale = 2)
    public BigDecimal amountYuan;

    @Column(name = "loan_date", nullable = false)
    public LocalDate loanDate;

    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(name = "compensation_share", nullable = false, precision = 5, scale = 4)
    public BigDecimal compensationShare;

    @Column(name = "contract_number", nullable = false, length = 64)
    public String contractNumber;
}
