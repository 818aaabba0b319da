package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.PatentNavigation;
import io.parksuite.enterprise.domain.RewardGrant;
import io.parksuite.enterprise.domain.RiskCompensationLoan;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.Problem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The park's ledgers of support to enterprises: rewards and subsidies (奖补), patent-navigation
 * participation (专利导航) and risk-compensation-fund loans (风险补偿基金贷款). Each entry is
 * checked the same way whether it comes alone or in a bulk file.
 */
@ApplicationScoped
public class Ledgers {

    @Transactional
    public RewardGrant addReward(RewardGrant reward) {
        EntryChecks.requireNone(rewardProblems(reward), "programme");
        reward.persist();
        return reward;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int addRewards(List<RewardGrant> rewards, List<RowError> rowErrors) {
        BulkRows.requireAllValid(rewards, rowErrors, this::rewardProblems, r -> List.of(r.uscc, r.programme, r.year),
                "programme");
        RewardGrant.persist(rewards);
        return rewards.size();
    }

    @Transactional
    public PatentNavigation addPatentNavigation(PatentNavigation participation) {
        EntryChecks.requireNone(patentNavigationProblems(participation), "year");
        participation.persist();
        return participation;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int addPatentNavigations(List<PatentNavigation> participations, List<RowError> rowErrors) {
        BulkRows.requireAllValid(participations, rowErrors, this::patentNavigationProblems,
                p -> List.of(p.uscc, p.year), "year");
        PatentNavigation.persist(participations);
        return participations.size();
    }

    @Transactional
    public RiskCompensationLoan addLoan(RiskCompensationLoan loan) {
        EntryChecks.requireNone(loanProblems(loan), "contractNumber");
        loan.persist();
        return loan;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int addLoans(List<RiskCompensationLoan> loans, List<RowError> rowErrors) {
        BulkRows.requireAllValid(loans, rowErrors, this::loanProblems, l -> l.contractNumber, "contractNumber");
        RiskCompensationLoan.persist(loans);
        return loans.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RewardGrant> rewards(String uscc, Integer year) {
        Where where = filter(uscc, year, "year = :year");
        return RewardGrant.list(where.clause(), Sort.by("year").and("programme").and("id"), where.parameters());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PatentNavigation> patentNavigations(String uscc, Integer year) {
        Where where = filter(uscc, year, "year = :year");
        return PatentNavigation.list(where.clause(), Sort.by("year").and("uscc"), where.parameters());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskCompensationLoan> loans(String uscc, Integer year) {
        Where where = filter(uscc, year, "extract(year from loanDate) = :year");
        return RiskCompensationLoan.list(where.clause(), Sort.by("loanDate").and("id"), where.parameters());
    }

    List<Problem.FieldError> rewardProblems(RewardGrant reward) {
        return EntryChecks.ofEnterpriseEntry(reward.uscc, () -> RewardGrant.count("uscc = ?1 and programme = ?2 and year = ?3",
                reward.uscc, reward.programme, reward.year) > 0, "programme",
                "this enterprise already has a reward of this programme for " + reward.year);
    }

    List<Problem.FieldError> patentNavigationProblems(PatentNavigation participation) {
        return EntryChecks.ofEnterpriseEntry(participation.uscc, () -> PatentNavigation.count("uscc = ?1 and year = ?2",
                participation.uscc, participation.year) > 0, "year",
                "this enterprise's participation in " + participation.year + " is already recorded");
    }

    List<Problem.FieldError> loanProblems(RiskCompensationLoan loan) {
        List<Problem.FieldError> problems = new ArrayList<>(EntryChecks.ofEnterpriseEntry(loan.uscc,
                () -> RiskCompensationLoan.count("contractNumber", loan.contractNumber) > 0, "contractNumber",
                "a loan with this contract number is already recorded"));
        if (!loan.maturityDate.isAfter(loan.loanDate)) {
            problems.add(new Problem.FieldError("maturityDate", "must be after loanDate"));
        }
        return problems;
    }

    /**
     * One enterprise's entries, one year's, or both. An empty {@code uscc} filters too (and finds
     * nothing), so that no read returns a whole ledger by accident.
     */
    private static Where filter(String uscc, Integer year, String yearCondition) {
        Where where = Where.create().and(yearCondition, "year", year);
        return uscc == null ? where : where.and("uscc = :uscc").bind("uscc", uscc);
    }
}
