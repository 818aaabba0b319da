package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.Registration;
import io.parksuite.enterprise.messaging.EnterpriseEvents;
import io.parksuite.platform.bulk.BulkReport;
import io.parksuite.platform.bulk.BulkRows;
import io.parksuite.platform.bulk.RowError;
import io.parksuite.platform.http.IdempotencyKeys;
import io.parksuite.platform.problem.Problem;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers many enterprises in one transaction, e.g. from another government system: every row
 * is checked as a single registration would be (plus duplicates within the file), and by default
 * one bad row rejects the whole request so that nothing is half-written.
 */
@ApplicationScoped
public class EnterpriseImport {

    public static final int MAX_ROWS = 10_000;
    /** Seconds one upload's transaction may take: 10,000 rows on a busy machine take minutes, not the default 60 s. */
    public static final int TIMEOUT_SECONDS = 300;
    private static final int FLUSH_EVERY = 500;

    private final EnterpriseService enterprises;
    private final EnterpriseEvents events;
    private final EntityManager entityManager;
    private final IdempotencyKeys idempotencyKeys;

    public EnterpriseImport(EnterpriseService enterprises, EnterpriseEvents events, EntityManager entityManager,
                            IdempotencyKeys idempotencyKeys) {
        this.enterprises = enterprises;
        this.events = events;
        this.entityManager = entityManager;
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * Registers an upload once per {@code Idempotency-Key} (the same body with the same
     * {@code atomic}): the enterprises and the stored answer commit together.
     */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public Response registerOnce(String idempotencyKey, String body, List<Registration> rows, List<RowError> rowErrors,
                                 boolean atomic) {
        return idempotencyKeys.once(idempotencyKey, body + "|atomic=" + atomic,
                () -> Response.ok(register(rows, rowErrors, atomic)).build());
    }

    /**
     * @param rowErrors what Bean Validation found wrong with the rows already
     * @param atomic    true: any invalid row rejects all (422); false: valid rows are registered and
     *                  the invalid ones reported
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BulkReport register(List<Registration> rows, List<RowError> rowErrors, boolean atomic) {
        List<RowError> errors = new ArrayList<>(rowErrors);
        Set<Integer> invalid = new HashSet<>();
        errors.forEach(e -> invalid.add(e.row()));
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Registration request = rows.get(i);
            if (invalid.contains(row)) {
                continue;
            }
            for (Problem.FieldError problem : enterprises.problemsOf(request.uscc(), request.checkCharacterOverride(),
                    request.profile())) {
                errors.add(new RowError(row, problem.field(), problem.message()));
                invalid.add(row);
            }
            Integer first = firstRowOf.putIfAbsent(request.uscc(), row);
            if (first != null) {
                errors.add(new RowError(row, "uscc", "duplicates row " + first));
                invalid.add(row);
            }
        }
        for (String uscc : registered(firstRowOf.keySet())) {
            int row = firstRowOf.get(uscc);
            errors.add(new RowError(row, "uscc", "an enterprise with this USCC is already registered"));
            invalid.add(row);
        }
        errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::field));
        if (atomic && !errors.isEmpty()) {
            throw BulkRows.rejected(errors);
        }
        int imported = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (invalid.contains(i + 1)) {
                continue;
            }
            Registration request = rows.get(i);
            Enterprise enterprise = Enterprise.register(request.uscc(), request.profile(),
                    EnterpriseService.checkCharacterWarning(request.uscc()), enterprises.now());
            enterprise.persist();
            events.registered(enterprise);
            if (++imported % FLUSH_EVERY == 0) {
                entityManager.flush();
            }
        }
        return new BulkReport(rows.size(), imported, errors);
    }

    private List<String> registered(Set<String> usccs) {
        List<String> found = new ArrayList<>();
        List<String> all = new ArrayList<>(usccs);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(entityManager.createQuery("select e.uscc from Enterprise e where e.uscc in :usccs", String.class)
                    .setParameter("usccs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList());
        }
        return found;
    }
}
