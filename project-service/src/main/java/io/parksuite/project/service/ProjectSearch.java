package io.parksuite.project.service;

import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.project.config.ProjectRules;
import io.parksuite.project.domain.InvestmentTier;
import io.parksuite.project.domain.InvestorType;
import io.parksuite.project.domain.Project;
import io.parksuite.project.domain.ProjectStage;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Finds projects by name fragment and filters, paged and sorted on indexed columns. */
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
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (criteria.q() != null && !criteria.q().isBlank()) {
            where.add("(lower(name) like :q or lower(investorName) like :q)");
            params.and("q", "%" + criteria.q().strip().toLowerCase().replace("%", "\\%") + "%");
        }
        if (criteria.stage() != null) {
            where.add("stage = :stage");
            params.and("stage", criteria.stage());
        }
        if (criteria.chainCode() != null) {
            where.add("chainCode = :chain");
            params.and("chain", criteria.chainCode());
        }
        if (criteria.officer() != null) {
            where.add("officer = :officer");
            params.and("officer", criteria.officer());
        }
        if (criteria.investorType() != null) {
            where.add("investorType = :investorType");
            params.and("investorType", criteria.investorType());
        }
        if (criteria.tier() != null) {
            switch (criteria.tier()) {
                case MAJOR -> where.add("plannedInvestmentYuan >= :major");
                case LARGE -> where.add("plannedInvestmentYuan >= :large and plannedInvestmentYuan < :major");
                case STANDARD -> where.add("plannedInvestmentYuan < :large");
            }
            if (criteria.tier() != InvestmentTier.STANDARD) {
                params.and("major", rules.tier().majorYuan());
            }
            if (criteria.tier() != InvestmentTier.MAJOR) {
                params.and("large", rules.tier().largeYuan());
            }
        }
        if (criteria.conferenceId() != null) {
            where.add("conferenceId = :conference");
            params.and("conference", criteria.conferenceId());
        }
        if (criteria.investorUscc() != null) {
            where.add("investorUscc = :uscc");
            params.and("uscc", criteria.investorUscc());
        }
        if (criteria.year() != null) {
            where.add("enteredOn >= :yearStart and enteredOn < :yearEnd");
            params.and("yearStart", LocalDate.of(criteria.year(), 1, 1))
                    .and("yearEnd", LocalDate.of(criteria.year() + 1, 1, 1));
        }
        if (criteria.streetCode() != null) {
            where.add("streetCode = :street");
            params.and("street", criteria.streetCode());
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        Sort sort = criteria.sort() == null ? Sort.NEWEST : criteria.sort();
        var query = Project.<Project>find(condition + " order by " + sort.orderBy, params);
        long total = Project.count(condition, params);
        List<Project> items = query.range(page.offset(), page.offset() + page.size() - 1).list();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
