package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.service.EnterpriseService;
import io.parksuite.enterprise.service.ReferenceData;
import io.parksuite.platform.cache.ReadCache;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * GET by USCC, the registry's hottest read, answered from a {@link ReadCache} of records as the API
 * shows them; every request is still authorized against the record.
 */
@ApplicationScoped
class EnterpriseReads {

    private final ReadCache<String, EnterpriseResponse> cache;
    private final EnterpriseService enterprises;
    private final ReferenceData referenceData;

    EnterpriseReads(RowChanges rowChanges, EnterpriseService enterprises, ReferenceData referenceData) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.cache = rowChanges.cache("enterprise", Function.identity());
        rowChanges.evictOnCommit(Enterprise.class, cache, enterprise -> enterprise.uscc);
    }

    /** The record, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    EnterpriseResponse read(Caller caller, String uscc) {
        EnterpriseResponse enterprise = cache.get(uscc, key -> enterprises.find(key)
                .map(found -> EnterpriseResponse.of(found, referenceData))
                .orElse(null));
        if (enterprise == null || !caller.mayAccessEnterprise(enterprise.uscc())) {
            throw ProblemException.notFound("No enterprise with USCC " + uscc);
        }
        return enterprise;
    }
}
