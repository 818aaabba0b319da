package io.parksuite.project.service;

import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds projects by a fragment of their or their investor's name (matched literally: {@code %} and
 * {@code _} are plain characters) and by filters, paged and sorted on indexed columns.
 */
@ApplicationScoped
public class ProjectSearch {

    /** The orders a list may be sorted in. */
    public enum Sort {
        NEWEST("-createdAt", "createdAt desc, id"),
        NAME("name", "name, id"),
        INVESTMENT("plannedInvestmentYuan", "plannedInvestmentYuan, id"),
        INVESTMENT_DESC("-plannedInvestmentYuan", "plannedInvestmentYuan desc, id"),
        STAGE_DATE("stageDate", "stageDate, id"),
        STAGE_DATE_DESC("-stageDate", "stageDate desc, id");

        private final String parameter;
        private final String orderBy;

        Sort(String parameter, String orderBy) {
            this.parameter = parameter;
            this.orderBy = orderBy;
        }

        public static Sort fromParameter(String value) {
            return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst().orElse(null);
        }

        public static List<String> parameters() {
            return Arrays.stream(values()).map(s -> s.parameter).toList();
        }
    }

    /** What to look for; every criterion is optional. {@code year} is the year the project entered the pipeline. */
    public record Criteria(String q, ProjectStage stage, String chainCode, String officer, InvestorType investorType,
                           InvestmentTier tier, UUID conferenceId, String investorUscc, Integer year, String streetCode,
                           Sort sort) {
    }

    private final ProjectRules rules;

    public ProjectSearch(ProjectRules rules) {
        this.rules = rules;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Project> search(Criteria criteria, PageRequest page) {
        Where where = Where.create();
        nameContains(where, criteria.q());
        where.and("stage = :stage", "stage", criteria.stage())
                .and("chainCode = :chain", "chain", criteria.chainCode())
                .and("officer = :officer", "officer", criteria.officer())
                .and("investorType = :investorType", "investorType", criteria.investorType())
                .and("conferenceId = :conference", "conference", criteria.conferenceId())
                .and("investorUscc = :uscc", "uscc", criteria.investorUscc())
                .and("streetCode = :street", "street", criteria.streetCode());
        tier(where, criteria.tier());
        if (criteria.year() != null) {
            where.and("enteredOn >= :yearStart and enteredOn < :yearEnd")
                    .bind("yearStart", LocalDate.of(criteria.year(), 1, 1))
                    .bind("yearEnd", LocalDate.of(criteria.year() + 1, 1, 1));
        }
        String condition = where.isEmpty() ? "1 = 1" : where.clause();
        Sort sort = criteria.sort() == null ? Sort.NEWEST : criteria.sort();
        long total = Project.count(condition, where.parameters());
        List<Project> items = Project.<Project>find(condition + " order by " + sort.orderBy, where.parameters())
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A name fragment, matched literally in the project's or the investor's name. */
    private static void nameContains(Where where, String q) {
        where.contains("(lower(name) like :q escape '!' or lower(investorName) like :q escape '!')", "q",
                q == null ? null : q.toLowerCase(Locale.ROOT));
    }

    private void tier(Where where, InvestmentTier tier) {
        if (tier == null) {
            return;
        }
        switch (tier) {
            case MAJOR -> where.and("plannedInvestmentYuan >= :major").bind("major", rules.tier().majorYuan());
            case LARGE -> where.and("plannedInvestmentYuan >= :large and plannedInvestmentYuan < :major")
                    .bind("large", rules.tier().largeYuan()).bind("major", rules.tier().majorYuan());
            case STANDARD -> where.and("plannedInvestmentYuan < :large").bind("large", rules.tier().largeYuan());
        }
    }
}
