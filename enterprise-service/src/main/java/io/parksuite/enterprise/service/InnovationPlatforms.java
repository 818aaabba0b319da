package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.InnovationPlatform;
import io.parksuite.enterprise.domain.RecognitionLevel;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The innovation platforms (创新平台) enterprises host: recorded singly or in bulk, listed with filters. */
@ApplicationScoped
public class InnovationPlatforms {

    /** Filters of a platform list; null means any. */
    public record Criteria(String uscc, String type, RecognitionLevel level, Integer year) {
    }

    private final ReferenceData referenceData;

    public InnovationPlatforms(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Transactional
    public InnovationPlatform add(InnovationPlatform platform) {
        EntryChecks.requireNone(problemsOf(platform), "name");
        platform.persist();
        return platform;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int addAll(List<InnovationPlatform> platforms, List<RowError> rowErrors) {
        BulkRows.requireAllValid(platforms, rowErrors, this::problemsOf,
                p -> List.of(p.uscc, p.typeCode, String.valueOf(p.level), p.name), "name");
        InnovationPlatform.persist(platforms);
        return platforms.size();
    }

    @Transactional
    public void remove(long id) {
        if (!InnovationPlatform.deleteById(id)) {
            throw ProblemException.notFound("No innovation platform " + id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InnovationPlatform> list(Criteria criteria, PageRequest page) {
        Where where = Where.create()
                .and("uscc = :uscc", "uscc", criteria.uscc())
                .and("typeCode = :type", "type", criteria.type())
                .and("level = :level", "level", criteria.level())
                .and("yearRecognised = :year", "year", criteria.year());
        var query = InnovationPlatform.<InnovationPlatform>find(where.clause(), Sort.by("yearRecognised").and("id"),
                where.parameters());
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    List<Problem.FieldError> problemsOf(InnovationPlatform platform) {
        if (!referenceData.isPlatformType(platform.typeCode)) {
            return List.of(new Problem.FieldError("type", "is not a platform type: see GET /api/v1/registry/platform-types"));
        }
        return EntryChecks.ofEnterpriseEntry(platform.uscc, () -> InnovationPlatform.count(
                        "uscc = ?1 and typeCode = ?2 and level = ?3 and name = ?4",
                        platform.uscc, platform.typeCode, platform.level, platform.name) > 0,
                "name", "this enterprise already has this platform at this level");
    }
}
