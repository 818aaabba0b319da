package io.parksuite.approval.messaging;

import io.parksuite.approval.domain.HandlingDepth;
import io.parksuite.approval.domain.ItemKind;
import io.parksuite.approval.domain.ItemType;
import io.parksuite.approval.domain.ServiceItem;
import io.parksuite.platform.outbox.batch.OutboxBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Announces the catalogue (事项清单) on {@code approval.events}, keyed by item code, so that indicator-service
 * computes the item-level 网上办 / 一次办 rates from the same catalogue as the desk: one event per item created or
 * changed, recorded in the caller's transaction after the items were flushed, so that each carries its stored version.
 */
@ApplicationScoped
public class ServiceItemEvents {

    public static final String AGGREGATE_TYPE = "service-item";
    public static final String CHANGED = "parksuite.approval.service-item-changed.v1";

    private final OutboxBatch outboxBatch;

    public ServiceItemEvents(OutboxBatch outboxBatch) {
        this.outboxBatch = outboxBatch;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(List<ServiceItem> items) {
        if (items.isEmpty()) {
            return;
        }
        ServiceItem.flush();
        outboxBatch.recordAll(items.stream().map(item -> new OutboxBatch.PendingEvent(AGGREGATE_TYPE, item.code, CHANGED,
                ItemChanged.of(item))).toList());
    }

    /** Payload of {@link #CHANGED}: what the item-level rates need of an item, and its version. */
    record ItemChanged(String itemCode, String name, String department, ItemType itemType, ItemKind itemKind,
                       HandlingDepth handlingDepth, int maxVisits, int promisedLimitDays, Integer statutoryLimitDays,
                       OffsetDateTime updatedAt, long version) {

        static ItemChanged of(ServiceItem item) {
            return new ItemChanged(item.code, item.name, item.department, item.itemType, item.itemKind,
                    item.handlingDepth, item.maxVisits, item.promisedLimitDays, item.statutoryLimitDays, item.updatedAt,
                    item.version);
        }
    }
}
