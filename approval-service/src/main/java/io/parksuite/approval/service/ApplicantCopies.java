package io.parksuite.approval.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.parksuite.approval.domain.ApplicantEnterprise;
import io.parksuite.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the desk's copy of enterprise registry data (from {@code enterprise.events}) for filling in
 * applications; a snapshot replaces the copy only when its {@code aggregateVersion} is newer.
 */
@ApplicationScoped
public class ApplicantCopies {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        String uscc = data.path("uscc").asText(null);
        if (uscc == null) {
            return;
        }
        long version = event.aggregateVersion();
        ApplicantEnterprise copy = ApplicantEnterprise.findById(uscc);
        if (copy != null && copy.aggregateVersion >= version) {
            return;
        }
        if (copy == null) {
            copy = new ApplicantEnterprise();
            copy.uscc = uscc;
        }
        copy.name = data.path("name").asText(copy.name == null ? uscc : copy.name);
        copy.legalRepresentative = text(data, "legalRepresentative");
        copy.address = text(data, "address");
        copy.status = text(data, "status");
        copy.aggregateVersion = version;
        copy.snapshot = data.toString();
        if (!copy.isPersistent()) {
            copy.persist();
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
