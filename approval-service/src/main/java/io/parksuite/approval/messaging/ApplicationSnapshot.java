package io.parksuite.approval.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parksuite.approval.domain.Application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An application's state as every {@code approval.events} payload carries it, with
 * {@code aggregateVersion} so that consumers never move a copy backwards. A natural-person applicant
 * appears only as its pseudonym {@code applicantRef}, never with the ID number.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApplicationSnapshot(UUID applicationId, String referenceNumber, String itemCode, String bundleCode,
                                  String applicantUscc, UUID applicantRef, String applicantName, UUID projectId,
                                  String channel, String status, String acceptance, OffsetDateTime submittedAt,
                                  OffsetDateTime acceptedAt, Integer promisedLimitDays, Integer statutoryLimitDays,
                                  LocalDate promisedDeadline,
                                  LocalDate statutoryDeadline, LocalDate deliveryDeadline, String result, OffsetDateTime concludedAt,
                                  Integer workingDaysUsed, int visits, boolean moreThanOneVisit,
                                  OffsetDateTime updatedAt, long aggregateVersion) {

    public static ApplicationSnapshot of(Application a) {
        return new ApplicationSnapshot(a.id, a.referenceNumber, a.itemCode, a.bundleCode, a.applicantUscc,
                a.applicantRef, a.applicantName, a.projectId, a.channel.name(), a.status.name(),
                a.acceptance == null ? null : a.acceptance.name(), a.submittedAt, a.acceptedAt, a.promisedLimitDays,
                a.statutoryLimitDays,
                a.promisedDeadline, a.statutoryDeadline, a.deliveryDeadline, a.result, a.concludedAt, a.workingDaysUsed, a.visits,
                a.visits > 1, a.updatedAt, a.version);
    }
}
