package io.parksuite.enterprise.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.service.EnterpriseService;
import io.parksuite.enterprise.service.ReferenceData;
import io.parksuite.platform.cache.ReadCache;
import io.parksuite.platform.cache.RowChanges;
import io.parksuite.platform.http.RenderedJson;
import io.parksuite.platform.problem.ProblemException;
import io.parksuite.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * GET by USCC, the registry's hottest read, answered from a {@link ReadCache} of records as the API
 * shows them, rendered once; every request is still authorized against the record. A cached record is
 * answered on the event loop, a load on a worker thread.
 */
@ApplicationScoped
class EnterpriseReads {

    private final ReadCache<String, Readable> cache;
    private final EnterpriseService enterprises;
    private final ReferenceData referenceData;
    private final ObjectMapper objectMapper;

    EnterpriseReads(RowChanges rowChanges, EnterpriseService enterprises, ReferenceData referenceData,
                    ObjectMapper objectMapper) {
        this.enterprises = enterprises;
        this.referenceData = referenceData;
        this.objectMapper = objectMapper;
        this.cache = rowChanges.cache("enterprise", Function.identity());
        rowChanges.evictOnCommit(Enterprise.class, cache, enterprise -> enterprise.uscc);
    }

    /** The record, if {@code caller} may see it; otherwise 404, so that existence is not leaked. */
    Uni<RenderedJson> read(Caller caller, String uscc) {
        return cache.read(uscc, key -> enterprises.find(key).map(this::readable).orElse(null)).map(enterprise -> {
            if (enterprise == null || !caller.mayAccessEnterprise(enterprise.uscc())) {
                throw ProblemException.notFound("No enterprise with USCC " + uscc);
            }
            return enterprise.body();
        });
    }

    private Readable readable(Enterprise enterprise) {
        EnterpriseResponse body = EnterpriseResponse.of(enterprise, referenceData);
        return new Readable(body.uscc(), RenderedJson.of(objectMapper, body, body.version()));
    }

    /** What the API answers, with the USCC that decides who may read it. */
    private record Readable(String uscc, RenderedJson body) {
    }
}
