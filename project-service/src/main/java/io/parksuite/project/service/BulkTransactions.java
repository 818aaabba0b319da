package io.parksuite.project.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * The transaction of a bulk upload: one for the whole request, its idempotency record included, so
 * that an upload is saved entirely or not at all, and long enough for the largest upload, as long as
 * the gateway waits for a bulk route's answer, where the default timeout would cut it short.
 */
@ApplicationScoped
public class BulkTransactions {

    public static final int TIMEOUT_SECONDS = 300;

    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
