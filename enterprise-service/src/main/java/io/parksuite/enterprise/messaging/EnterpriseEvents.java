package io.parksuite.enterprise.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.parksuite.enterprise.domain.Designation;
import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.enterprise.domain.EnterpriseStatus;
import io.parksuite.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * The registry's events on {@code enterprise.events}: each carries the enterprise's full snapshot
 * (schemas in contracts/events) and, for a change, what changed; recorded through the outbox in the
 * caller's transaction, after the enterprise was flushed so that its version is the stored one.
 */
@ApplicationScoped
public class EnterpriseEvents {

    public static final String AGGREGATE_TYPE = "enterprise";
    public static final String REGISTERED = "parksuite.enterprise.registered.v1";
    public static final String UPDATED = "parksuite.enterprise.updated.v1";
    public static final String STATUS_CHANGED = "parksuite.enterprise.status-changed.v1";
    public static final String DESIGNATION_GRANTED = "parksuite.enterprise.designation-granted.v1";

    private final Outbox outbox;

    public EnterpriseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Enterprise enterprise) {
        outbox.record(AGGREGATE_TYPE, enterprise.uscc, REGISTERED, EnterpriseSnapshot.ofNew(enterprise));
    }

    public void updated(Enterprise enterprise, List<String> changedFields) {
        outbox.record(AGGREGATE_TYPE, enterprise.uscc, UPDATED, new Updated(EnterpriseSnapshot.of(enterprise), changedFields));
    }

    public void statusChanged(Enterprise enterprise, EnterpriseStatus previousStatus) {
        outbox.record(AGGREGATE_TYPE, enterprise.uscc, STATUS_CHANGED, new StatusChanged(
                EnterpriseSnapshot.of(enterprise), previousStatus, enterprise.statusChangedOn, enterprise.statusReason));
    }

    public void designationGranted(Enterprise enterprise, Designation designation) {
        outbox.record(AGGREGATE_TYPE, enterprise.uscc, DESIGNATION_GRANTED, new DesignationGranted(
                EnterpriseSnapshot.of(enterprise), new GrantedDesignation(designation.typeCode, designation.year,
                designation.certificateNumber, designation.validFrom, designation.validTo)));
    }

    /** Payload of {@link #DESIGNATION_GRANTED}: the snapshot and the designation granted. */
    record DesignationGranted(@JsonUnwrapped EnterpriseSnapshot snapshot, GrantedDesignation granted) {
    }

    /** A designation with its evidence. */
    record GrantedDesignation(String type, int year, String certificateNumber, LocalDate validFrom, LocalDate validTo) {
    }

    /** Payload of {@link #UPDATED}: the snapshot and the names of the fields that changed. */
    record Updated(@JsonUnwrapped EnterpriseSnapshot snapshot, List<String> changedFields) {
    }

    /** Payload of {@link #STATUS_CHANGED}: the snapshot, the status before, when and why. */
    record StatusChanged(@JsonUnwrapped EnterpriseSnapshot snapshot, EnterpriseStatus previousStatus,
                         LocalDate effectiveOn, String reason) {
    }
}
