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

    @Schema(name = "RewardGrant", description = "A reward or subsidy (奖补) granted to an enterprise under a programme",
            example = """
            {"uscc": "91430112MA4L0A0B1X", "programme": "智能制造专项奖励", "year": 2019, "amountYuan": 500000.00,
             "grantedOn": "2019-06-30"}""")
    public record Reward(@Schema(readOnly = true, description = "Assigned by the registry") Long id,
                         @NotBlank @Size(max = 18) @Schema(description = Schemas.USCC, pattern = Schemas.USCC_PATTERN,
                                 example = Schemas.USCC_EXAMPLE) String uscc,
                         @NotBlank @Size(max = 200) @Schema(description = "The programme (奖补项目)",
                                 example = "智能制造专项奖励") String programme,
                         @NotNull @Min(1980) @Max(2100) @Schema(description = "The programme's year", example = "2019")
                         Integer year,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2)
                         @Schema(description = "Amount granted in yuan, more than 0, at most 2 decimals",
                                 example = "500000.00") BigDecimal amountYuan,
                         @Schema(description = "The day it was granted", example = "2019-06-30") LocalDate grantedOn) {
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

    @Schema(name = "PatentNavigation", description = "An enterprise's participation in patent navigation (专利导航) "
            + "in a year", example = """
            {"uscc": "91430112MA4L0A0B1X", "year": 2019, "topic": "硬质合金刀具专利导航"}""")
    public record Navigation(@Schema(readOnly = true, description = "Assigned by the registry") Long id,
                             @NotBlank @Size(max = 18) @Schema(description = Schemas.USCC,
                                     pattern = Schemas.USCC_PATTERN, example = Schemas.USCC_EXAMPLE) String uscc,
                             @NotNull @Min(1980) @Max(2100) @Schema(description = "Year of the participation",
                                     example = "2019") Integer year,
                             @Size(max = 200) @Schema(description = "The navigation's topic",
                                     example = "硬质合金刀具专利导航") String topic) {
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

    @Schema(name = "RiskCompensationLoan", description = "A bank loan to an enterprise backed by the park's "
            + "risk-compensation fund (风险补偿基金)", example = """
            {"uscc": "91430112MA4L0A0B1X", "bank": "长沙银行望城支行", "amountYuan": 3000000.00, "loanDate": "2019-03-15",
             "maturityDate": "2020-03-14", "compensationShare": 0.5, "contractNumber": "CSYH-WC-2019-0012"}""")
    public record Loan(@Schema(readOnly = true, description = "Assigned by the registry") Long id,
                       @NotBlank @Size(max = 18) @Schema(description = Schemas.USCC, pattern = Schemas.USCC_PATTERN,
                               example = Schemas.USCC_EXAMPLE) String uscc,
                       @NotBlank @Size(max = 100) @Schema(description = "The lending bank", example = "长沙银行望城支行")
                       String bank,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2)
                       @Schema(description = "Amount lent in yuan, more than 0, at most 2 decimals",
                               example = "3000000.00") BigDecimal amountYuan,
                       @NotNull @Schema(description = "The day the loan was made", example = "2019-03-15")
                       LocalDate loanDate,
                       @NotNull @Schema(description = "The day it falls due, after loanDate", example = "2020-03-14")
                       LocalDate maturityDate,
                       @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4)
                       @Schema(description = "Share of a default the fund bears, 0 < share ≤ 1, at most 4 decimals",
                               example = "0.5") BigDecimal compensationShare,
                       @NotBlank @Size(max = 64) @Schema(description = "The loan contract's number, unique",
                               example = "CSYH-WC-2019-0012") String contractNumber) {
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
