package io.parksuite.approval.service;

import io.parksuite.approval.domain.Bundle;
import io.parksuite.approval.domain.BundlePromise;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.approval.messaging.ServiceItemEvents;
import io.parksuite.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What follows a change of catalogue items, in the change's transaction: every bundle containing a changed item is
 * checked again against the law ({@link BundlePromise}), so that lowering an item's statutory limit cannot leave a
 * bundle promising more than its items allow (409 naming the bundle and the items; nothing is changed), and then the
 * items are announced.
 */
@ApplicationScoped
public class CatalogueChanges {

    private final ServiceItemEvents events;

    public CatalogueChanges(ServiceItemEvents events) {
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void itemsChanged(List<ServiceItem> items) {
        Set<String> changed = items.stream().map(i -> i.code).collect(Collectors.toSet());
        for (Bundle bundle : Bundle.<Bundle>listAll()) {
            if (bundle.itemCodes.stream().noneMatch(changed::contains)) {
                continue;
            }
            List<ServiceItem> members = bundle.itemCodes.stream().map(code -> ServiceItem.<ServiceItem>findById(code)).toList();
            List<String> problems = BundlePromise.problems(bundle.promisedLimitDays, members);
            if (!problems.isEmpty()) {
                throw ProblemException.conflict("Bundle " + bundle.code + " promises " + bundle.promisedLimitDays
                        + " working days, which this change makes unlawful: " + String.join("; ", problems)
                        + ". Change the bundle's promise first");
            }
        }
        events.changed(items);
    }
}
