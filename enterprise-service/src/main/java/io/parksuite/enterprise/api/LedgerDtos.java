package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.PatentNavigation;
import io.parksuite.enterprise.domain.RewardGrant;
import io.parksuite.enterprise.domain.RiskCompensationLoan;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The ledger entries as the API reads and writes them; each {@code id} is assigned by the registry. */
public final class LedgerDtos {

    private LedgerDtos() {
    }

    @Schema(name = "RewardGrant", example = """
            {"uscc": "91430112MA4L0A0B1X", "programme": "智能制造专项奖励", "year": 2019, "amountYuan": 500000.00,
             "grantedOn": "2019-06-30"}""")
    public record Reward(@Schema(readOnly = true) Long id,
                         @NotBlank @Size(max = 18) String uscc,
                         @NotBlank @Size(max = 200) String programme,
                         @NotNull @Min(1980) @Max(2100) Integer year,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2)
                         BigDecimal amountYuan,
                         LocalDate grantedOn) {
        RewardGrant toEntity() {
            RewardGrant reward = new RewardGrant();
            reward.uscc = uscc;
            reward.programme = programme;
            reward.year = year;
            reward.amountYuan = amountYuan;
            reward.grantedOn = grantedOn;
            return reward;
        }

        static Reward of(RewardGrant r) {
            return new Reward(r.id, r.uscc, r.programme, r.year, r.amountYuan, r.grantedOn);
        }
    }

    @Schema(name = "PatentNavigation", example = """
            {"uscc": "91430112MA4L0A0B1X", "year": 2019, "topic": "硬质合金刀具专利导航"}""")
    public record Navigation(@Schema(readOnly = true) Long id,
                             @NotBlank @Size(max = 18) String uscc,
                             @NotNull @Min(1980) @Max(2100) Integer year,
                             @Size(max = 200) String topic) {
        PatentNavigation toEntity() {
            PatentNavigation participation = new PatentNavigation();
            participation.uscc = uscc;
            participation.year = year;
            participation.topic = topic;
            return participation;
        }

        static Navigation of(PatentNavigation p) {
            return new Navigation(p.id, p.uscc, p.year, p.topic);
        }
    }

    @Schema(name = "RiskCompensationLoan", example = """
            {"uscc": "91430112MA4L0A0B1X", "bank": "长沙银行望城支行", "amountYuan": 3000000.00, "loanDate": "2019-03-15",
             "maturityDate": "2020-03-14", "compensationShare": 0.5, "contractNumber": "CSYH-WC-2019-0012"}""")
    public record Loan(@Schema(readOnly = true) Long id,
                       @NotBlank @Size(max = 18) String uscc,
                       @NotBlank @Size(max = 100) String bank,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2)
                       BigDecimal amountYuan,
                       @NotNull LocalDate loanDate,
                       @NotNull LocalDate maturityDate,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4)
                       @Schema(description = "Share of a default the fund bears, 0 < share ≤ 1") BigDecimal compensationShare,
                       @NotBlank @Size(max = 64) String contractNumber) {
        RiskCompensationLoan toEntity() {
            RiskCompensationLoan loan = new RiskCompensationLoan();
            loan.uscc = uscc;
            loan.bank = bank;
            loan.amountYuan = amountYuan;
            loan.loanDate = loanDate;
            loan.maturityDate = maturityDate;
            loan.compensationShare = compensationShare;
            loan.contractNumber = contractNumber;
            return loan;
        }

        static Loan of(RiskCompensationLoan l) {
            return new Loan(l.id, l.uscc, l.bank, l.amountYuan, l.loanDate, l.maturityDate, l.compensationShare,
                    l.contractNumber);
        }
    }
}
