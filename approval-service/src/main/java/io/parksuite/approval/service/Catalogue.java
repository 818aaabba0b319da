package io.parksuite.approval.service;

import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.BundleDefined;
import io.parksuite.approval.domain.BundlePromise;
import io.parksuite.approval.domain.HandlingMode;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.MaterialSpec;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.platform.http.Versions;
import io.parksuite.platform.paging.Page;
import io.parksuite.platform.paging.PageRequest;
import io.parksuite.platform.persistence.Where;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service-item catalogue (事项清单) and its bundles (一件事): the rules an item must satisfy
 * (a promise within the statutory limit, 即办件 promising 0 days, unique material codes, a kind and a
 * handling depth that agree with its type, online capability and visits) and the rules of a bundle:
 * known items, each once, and a promised limit the law allows ({@link BundlePromise}), which never
 * touches any item's statutory clock.
 */
@ApplicationScoped
public class Catalogue {

    private final Event<BundleDefined> bundleDefined;
    private final CatalogueChanges changes;
    private final Clock clock;

    public Catalogue(Event<BundleDefined> bundleDefined, CatalogueChanges changes, Clock clock) {
        this.bundleDefined = bundleDefined;
        this.changes = changes;
        this.clock = clock;
    }

    public ServiceItem item(String code) {
        ServiceItem item = ServiceItem.findById(code);
        if (item == null) {
            throw ProblemException.notFound("No service item " + code);
        }
        return item;
    }

    public Page<ServiceItem> search(String department, String q, Boolean onlineCapable, PageRequest page) {
        Where where = Where.create()
                .and("department = :department", "department", department == null ? null : department.strip())
                .contains("(name like :q escape '!' or code like :q escape '!')", "q", q)
                .and("onlineCapable = :online", "online", onlineCapable);
        var query = ServiceItem.<ServiceItem>find(where.clause(), Sort.by("code"), where.parameters());
        long total = query.count();
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), total);
    }

    public List<ServiceItem> all() {
        return ServiceItem.listAll(Sort.by("code"));
    }

    /** Problems with an item's own fields that Bean Validation cannot see. */
    public static List<Problem.FieldError> problems(ItemDefinition dto) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (dto.statutoryLimitDays() != null && dto.promisedLimitDays() != null
                && dto.promisedLimitDays() > dto.statutoryLimitDays()) {
            errors.add(new Problem.FieldError("promisedLimitDays", "must not exceed the statutory limit of "
                    + dto.statutoryLimitDays() + " working days"));
        }
        if (dto.itemType() == ItemType.ADMINISTRATIVE_LICENCE && dto.statutoryLimitDays() == null) {
            errors.add(new Problem.FieldError("statutoryLimitDays", "an administrative licence has a statutory limit"));
        }
        if (dto.handlingMode() == HandlingMode.IMMEDIATE && dto.promisedLimitDays() != null && dto.promisedLimitDays() != 0) {
            errors.add(new Problem.FieldError("promisedLimitDays", "a 即办件 (IMMEDIATE) item promises 0 working days"));
        }
        if (dto.handlingMode() == HandlingMode.PROMISED && dto.promisedLimitDays() != null && dto.promisedLimitDays() == 0) {
            errors.add(new Problem.FieldError("promisedLimitDays", "a 承诺件 (PROMISED) item promises at least 1 working day"));
        }
        errors.addAll(dto.kindAndDepthProblems());
        Set<String> codes = new HashSet<>();
        if (dto.materials() != null) {
            for (int i = 0; i < dto.materials().size(); i++) {
                MaterialSpec material = dto.materials().get(i);
                if (material != null && !codes.add(material.code())) {
                    errors.add(new Problem.FieldError("materials[" + i + "].code", "repeats material " + material.code()));
                }
                if (material != null && material.main() && material.deficiencyAllowed()) {
                    errors.add(new Problem.FieldError("materials[" + i + "].deficiencyAllowed",
                            "only a secondary material may be missing under 容缺"));
                }
            }
        }
        return errors;
    }

    @Transactional
    public ServiceItem create(ItemDefinition dto) {
        List<Problem.FieldError> errors = problems(dto);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        if (ServiceItem.findById(dto.code()) != null) {
            throw ProblemException.conflict("Service item " + dto.code() + " already exists");
        }
        ServiceItem item = new ServiceItem();
        item.code = dto.code();
        apply(item, dto);
        item.persist();
        changes.itemsChanged(List.of(item));
        return item;
    }

    /** Replaces the item's definition if {@code ifMatch} names its current version (412 otherwise). */
    @Transactional
    public ServiceItem update(String code, ItemDefinition dto, String ifMatch) {
        ServiceItem item = item(code);
        Versions.requireMatch(ifMatch, item.version);
        List<Problem.FieldError> errors = problems(dto);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        apply(item, dto);
        changes.itemsChanged(List.of(item));
        return item;
    }

    /** Creates or replaces every item of the list; the caller has checked all rows first. */
    @Transactional
    public int upsertAll(List<ItemDefinition> dtos) {
        List<ServiceItem> items = new ArrayList<>(dtos.size());
        for (ItemDefinition dto : dtos) {
            ServiceItem item = ServiceItem.findById(dto.code());
            if (item == null) {
                item = new ServiceItem();
                item.code = dto.code();
                apply(item, dto);
                item.persist();
            } else {
                apply(item, dto);
            }
            items.add(item);
        }
        changes.itemsChanged(items);
        return dtos.size();
    }

    private void apply(ServiceItem item, ItemDefinition dto) {
        item.name = dto.name().strip();
        item.department = dto.department().strip();
        item.departmentName = dto.departmentName().strip();
        item.itemType = dto.itemType();
        item.itemKind = dto.kindOrDefault();
        item.handlingMode = dto.handlingMode();
        item.statutoryLimitDays = dto.statutoryLimitDays();
        item.statutoryExtensionDays = dto.statutoryExtensionDays();
        item.promisedLimitDays = dto.promisedLimitDays();
        item.materials = new ArrayList<>(dto.materials());
        item.formFields = new ArrayList<>(dto.formFields());
        item.feeYuan = dto.feeYuan();
        item.onlineCapable = dto.onlineCapable();
        item.handlingDepth = dto.depthOrDefault();
        item.notifyCommitEligible = dto.notifyCommitEligible();
        item.buildFirstEligible = dto.buildFirstEligible();
        item.maxVisits = dto.maxVisits();
        item.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    // ---- bundles

    public Bundle bundle(String code) {
        Bundle bundle = Bundle.findById(code);
        if (bundle == null) {
            throw ProblemException.notFound("No bundle " + code);
        }
        return bundle;
    }

    public List<Bundle> bundles() {
        return Bundle.listAll(Sort.by("code"));
    }

    /** The bundle's items in the bundle's order. */
    public List<ServiceItem> itemsOf(Bundle bundle) {
        return itemsOf(bundle.itemCodes);
    }

    private static List<ServiceItem> itemsOf(List<String> codes) {
        Map<String, ServiceItem> byCode = new LinkedHashMap<>();
        ServiceItem.<ServiceItem>list("code in ?1", codes).forEach(i -> byCode.put(i.code, i));
        return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Replaces the bundle's definition if {@code ifMatch} names its current version (412 otherwise). */
    @Transactional
    public Bundle updateBundle(String code, BundleDefinition dto, String ifMatch) {
        Versions.requireMatch(ifMatch, bundle(code).version);
        return saveBundle(dto, false);
    }

    /** Defines or replaces every bundle of the list; the caller has checked all rows first. */
    @Transactional
    public int saveBundles(List<BundleDefinition> dtos) {
        dtos.forEach(dto -> saveBundle(dto, Bundle.findById(dto.code()) == null));
        return dtos.size();
    }

    /**
     * Problems with a bundle's definition: item codes repeated or naming no service item, and, once
     * every code names an item, a promise the law does not allow ({@link BundlePromise}).
     */
    @Transactional
    public List<Problem.FieldError> bundleProblems(BundleDefinition dto) {
        return bundleProblems(dto, Bundle.findById(dto.code()));
    }

    private static List<Problem.FieldError> bundleProblems(BundleDefinition dto, Bundle existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, ServiceItem> known = new HashMap<>();
        ServiceItem.<ServiceItem>list("code in ?1", dto.itemCodes()).forEach(i -> known.put(i.code, i));
        for (int i = 0; i < dto.itemCodes().size(); i++) {
            String code = dto.itemCodes().get(i);
            if (!seen.add(code)) {
                errors.add(new Problem.FieldError("itemCodes[" + i + "]", "repeats item " + code));
            } else if (!known.containsKey(code)) {
                errors.add(new Problem.FieldError("itemCodes[" + i + "]", "no service item " + code));
            }
        }
        if (errors.isEmpty()) {
            List<ServiceItem> items = dto.itemCodes().stream().map(known::get).toList();
            BundlePromise.problems(promiseOf(dto, existing, items), items).forEach(problem ->
                    errors.add(new Problem.FieldError("promisedLimitDays", dto.promisedLimitDays() != null ? problem
                            : problem + " (promised without promisedLimitDays: state one)")));
        }
        return errors;
    }

    /** The promise a definition gives: its own, else the bundle's current one, else its slowest item's promise. */
    private static int promiseOf(BundleDefinition dto, Bundle existing, List<ServiceItem> items) {
        if (dto.promisedLimitDays() != null) {
            return dto.promisedLimitDays();
        }
        if (existing != null) {
            return existing.promisedLimitDays;
        }
        return items.stream().mapToInt(i -> i.promisedLimitDays).max().orElse(0);
    }

    /**
     * Defines ({@code create}) or replaces a bundle; 422 naming each problem of {@link #bundleProblems},
     * the detail repeating them so that a refused promise names the items that bound it.
     */
    @Transactional
    public Bundle saveBundle(BundleDefinition dto, boolean create) {
        Bundle bundle = Bundle.findById(dto.code());
        List<Problem.FieldError> errors = bundleProblems(dto, create ? null : bundle);
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "validation", "Validation failed", errors.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        if (bundle != null && create) {
            throw ProblemException.conflict("Bundle " + dto.code() + " already exists");
        }
        if (bundle == null) {
            if (!create) {
                throw ProblemException.notFound("No bundle " + dto.code());
            }
            bundle = new Bundle();
            bundle.code = dto.code();
        }
        bundle.name = dto.name().strip();
        bundle.description = dto.description();
        bundle.promisedLimitDays = promiseOf(dto, bundle.isPersistent() ? bundle : null,
                itemsOf(dto.itemCodes()));
        bundle.itemCodes = new ArrayList<>(dto.itemCodes());
        bundle.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!bundle.isPersistent()) {
            bundle.persist();
        }
        bundle.flush();
        bundleDefined.fire(new BundleDefined(bundle.code));
        return bundle;
    }
}
