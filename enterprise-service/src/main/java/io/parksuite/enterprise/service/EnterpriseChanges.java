package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.platform.paging.ChangeFeed;
import io.parksuite.platform.paging.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry's change feed for systems that keep a copy: every enterprise written after a
 * cursor (registrations, updates, status changes, new chains or designations), oldest first.
 */
@ApplicationScoped
public class EnterpriseChanges {

    private final ChangeFeed feed;

    public EnterpriseChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    /**
     * @param cursor       where the previous read ended, or null to start
     * @param updatedSince when starting, only records changed at or after this instant
     */
    @Transactional
    public Changes<Enterprise> after(String cursor, OffsetDateTime updatedSince, int size) {
        return feed.after("enterprise", "uscc", usccs -> Enterprise.<Enterprise>list("uscc in ?1", usccs).stream()
                        .collect(Collectors.toMap(enterprise -> enterprise.uscc, Function.identity())),
                cursor, updatedSince, size);
    }
}
