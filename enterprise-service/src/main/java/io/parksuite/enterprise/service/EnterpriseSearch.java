package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Like;
import io.parksuite.platform.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds enterprises by a fragment of their Chinese name, ranked (exact name, then prefix, then
 * trigram similarity, served by a pg_trgm index), and by filters, one page at a time.
 */
@ApplicationScoped
public class EnterpriseSearch {

    /** The criteria of a search; null fields do not filter. */
    public record Criteria(String nameFragment, String streetCode, EnterpriseStatus status, String industryCode,
                           String chainCode, String designationType, Integer designationYear, String platformType,
                           Sort sort) {
    }

    /** Orders a list may be sorted by: each backed by an index. */
    public enum Sort {
        RELEVANCE("relevance"), NAME("name"), REGISTERED_AT("registeredAt"), REGISTERED_AT_DESC("-registeredAt"),
        USCC("uscc");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public static Sort fromParameter(String value) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(value)) {
                    return sort;
                }
            }
            return null;
        }

        public static String parameters() {
            return java.util.Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "));
        }
    }

    /** Records loaded per query: PostgreSQL takes at most 32,767 bind parameters. */
    private static final int LOAD_CHUNK = 1000;

    private final EntityManager entityManager;

    public EnterpriseSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Enterprise> search(Criteria criteria, PageRequest page) {
        String fragment = criteria.nameFragment() == null || criteria.nameFragment().isBlank()
                ? null : criteria.nameFragment().strip();
        Where where = Where.create()
                .contains("(name ilike :pattern escape '!' or name % :fragment)", "pattern", fragment)
                .and("street_code = :street", "street", criteria.streetCode())
                .and("status = :status", "status", criteria.status() == null ? null : criteria.status().name())
                .and("industry_code like :industry escape '!'", "industry",
                        criteria.industryCode() == null ? null : Like.startsWith(criteria.industryCode()))
                .and("exists (select 1 from enterprise_chain c where c.uscc = enterprise.uscc and c.chain_code = :chain"
                        + " and c.valid_from <= current_date and (c.valid_to is null or c.valid_to >= current_date))",
                        "chain", criteria.chainCode())
                .and(designationCondition(criteria.designationYear() != null), "designation", criteria.designationType())
                .and("exists (select 1 from innovation_platform p where p.uscc = enterprise.uscc"
                        + " and p.type_code = :platformType)", "platformType", criteria.platformType());
        if (fragment != null) {
            where.bind("fragment", fragment);
        }
        if (criteria.designationYear() != null && where.parameters().containsKey("designation")) {
            where.bind("year", criteria.designationYear());
        }
        String whereClause = where.whereClause();
        Map<String, Object> parameters = where.parameters();

        long total = ((Number) bind(entityManager.createNativeQuery("select count(*) from enterprise" + whereClause),
                parameters).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> usccs = bind(entityManager.createNativeQuery(
                        "select uscc from enterprise" + whereClause + " order by " + orderBy(criteria.sort(), fragment != null)),
                parameters)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Map<String, Enterprise> byUscc = new HashMap<>();
        for (int from = 0; from < usccs.size(); from += LOAD_CHUNK) {
            Enterprise.<Enterprise>list("uscc in ?1", usccs.subList(from, Math.min(usccs.size(), from + LOAD_CHUNK)))
                    .forEach(e -> byUscc.put(e.uscc, e));
        }
        List<Enterprise> items = usccs.stream().map(byUscc::get).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static String designationCondition(boolean inYear) {
        return inYear
                ? "exists (select 1 from enterprise_designation d where d.uscc = enterprise.uscc"
                        + " and d.type_code = :designation and d.year = :year)"
                : "exists (select 1 from enterprise_designation d where d.uscc = enterprise.uscc"
                        + " and d.type_code = :designation)";
    }

    private static String orderBy(Sort sort, boolean hasFragment) {
        Sort effective = sort != null ? sort : hasFragment ? Sort.RELEVANCE : Sort.NAME;
        return switch (effective) {
            case RELEVANCE -> hasFragment
                    ? "(name = :fragment) desc, (name like :fragment || '%') desc, similarity(name, :fragment) desc, name, uscc"
                    : "name, uscc";
            case NAME -> "name, uscc";
            case REGISTERED_AT -> "registered_at, uscc";
            case REGISTERED_AT_DESC -> "registered_at desc, uscc";
            case USCC -> "uscc";
        };
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
