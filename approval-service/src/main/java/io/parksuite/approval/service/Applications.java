package io.parksuite.approval.service;

import io.parksuite.approval.domain.Application;
import io.parksuite.approval.domain.ApplicationStatus;
import io.parksuite.approval.domain.ApplicationTask;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.MergedForm;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.domain.StepRecord;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Like;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finding applications: one by id (read, or locked for a step under the caller's authorization), the
 * list a caller may see, an application's items, form and record, and whether its main materials are
 * on file. The steps of each stage build on it.
 */
@ApplicationScoped
public class Applications {

    private static final String READ_WITH_TASKS = "select a, t from Application a"
            + " left join ApplicationTask t on t.applicationId = a.id where a.id = :id order by t.department";

    private final Catalogue catalogue;
    private final Access access;
    private final EntityManager entityManager;

    public Applications(Catalogue catalogue, Access access, EntityManager entityManager) {
        this.catalogue = catalogue;
        this.access = access;
        this.entityManager = entityManager;
    }

    public Application find(UUID id) {
        Application application = Application.findById(id);
        if (application == null) {
            throw ProblemException.notFound("No application " + id);
        }
        return application;
    }

    /** Loads the application for a change, holding its row so that concurrent steps take turns. */
    public Application lock(UUID id) {
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ProblemException.notFound("No application " + id);
        }
        return application;
    }

    /** Locked for a step of the applicant's (or the desk's at the counter). */
    Application lockForApplicant(UUID id) {
        Application a = lock(id);
        access.requireApplicantOrDesk(a);
        return a;
    }

    /** Locked for a step of the desk's. */
    Application lockForDesk(UUID id) {
        Application a = lock(id);
        access.requireDesk(a);
        return a;
    }

    /**
     * The application with its tasks, whoever the caller (the caller authorizes). Loaded read-only outside a
     * transaction, in one query: Hibernate keeps no snapshot of its JSON columns to compare at a flush, there is
     * no commit to pay for, and one round trip to the database instead of two.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApplicationView> readWithTasks(UUID id) {
        List<Object[]> rows = entityManager.createQuery(READ_WITH_TASKS, Object[].class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Application a = (Application) rows.get(0)[0];
        List<ApplicationTask> tasks = rows.stream().map(row -> (ApplicationTask) row[1]).filter(Objects::nonNull).toList();
        return Optional.of(new ApplicationView(a, tasks));
    }

    /** The application's record, if the caller may read it. */
    @Transactional
    public List<StepRecord> steps(UUID id) {
        Application a = find(id);
        access.requireRead(a);
        return StepRecord.list("applicationId", Sort.by("id"), a.id);
    }

    /**
     * The applications the caller may see, newest first: an enterprise its own, an officer those involving its
     * department, the service centre all; narrowed by the given criteria.
     */
    @Transactional
    public Page<ApplicationView> search(ApplicationStatus status, UUID projectId, String applicantUscc,
                                        PageRequest page) {
        Where where = Where.create()
                .and("status = :status", "status", status)
                .and("projectId = :projectId", "projectId", projectId)
                .and("applicantUscc = :uscc", "uscc", applicantUscc == null ? null : applicantUscc.strip());
        if (!access.seesEverything()) {
            String own = access.enterpriseUscc();
            if (own != null) {
                where.and("applicantUscc = :own", "own", own);
            } else {
                String dept = access.officerDept();
                where.and("departmentList like :dept escape '!'").bind("dept", "%," + Like.escape(dept == null ? "" : dept) + ",%");
            }
        }
        var query = Application.<Application>find(where.clause(), Sort.by("createdAt").descending(), where.parameters());
        long total = query.count();
        return new Page<>(query.page(page.page(), page.size()).list().stream().map(this::view).toList(),
                page.page(), page.size(), total);
    }

    /** The application as the step leaves it, with its tasks. */
    ApplicationView view(Application a) {
        a.flush();
        return new ApplicationView(a, ApplicationTask.of(a.id));
    }

    /** The service items an application covers, in order. */
    public List<ServiceItem> itemsOf(Application application) {
        if (application.bundleCode != null) {
            return catalogue.itemsOf(catalogue.bundle(application.bundleCode));
        }
        return List.of(catalogue.item(application.itemCode));
    }

    public List<ServiceItem> itemsOf(String bundleCode) {
        return catalogue.itemsOf(catalogue.bundle(bundleCode));
    }

    public MergedForm formOf(Application application) {
        return MergedForm.of(itemsOf(application));
    }

    /** 422 naming each main material of the application's form that has no file yet. */
    List<Problem.FieldError> missingMainMaterials(Application a) {
        Set<String> uploaded = uploadedCodes(a.id);
        return formOf(a).materials().stream()
                .filter(material -> material.main() && !uploaded.contains(material.code()))
                .map(Applications::missing)
                .toList();
    }

    private static Problem.FieldError missing(MaterialSpec material) {
        return new Problem.FieldError("materials." + material.code(), "main material " + material.name() + " is missing");
    }

    Set<String> uploadedCodes(UUID applicationId) {
        return Set.copyOf(entityManager.createQuery(
                        "select distinct m.materialCode from StoredMaterial m where m.applicationId = ?1", String.class)
                .setParameter(1, applicationId).getResultList());
    }
}
