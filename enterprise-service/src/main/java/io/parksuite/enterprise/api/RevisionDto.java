package io.parksuite.enterprise.api;

import io.parksuite.platform.audit.AuditHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One revision of an enterprise record as {@code GET /api/v1/enterprises/{uscc}/history} shows it. */
@Schema(name = "EnterpriseRevision", description = "One revision of an enterprise record: who changed which fields when",
        example = """
        {"version": 1, "kind": "UPDATED", "at": "2026-11-28T02:15:00Z", "actor": "admin01", "client": "park-portal",
         "changes": [{"field": "legalRepresentative", "from": "张伟", "to": "王芳"}]}""")
public record RevisionDto(
        @Schema(description = "The record's version after this revision", example = "1") long version,
        @Schema(description = "What the revision did", enumeration = {"CREATED", "UPDATED", "DELETED"}) String kind,
        @Schema(description = "When it was made") Instant at,
        @Schema(description = "Who made it (the token's subject); absent for an enterprise user", example = "admin01")
        String actor,
        @Schema(description = "The client application it came through; absent for an enterprise user",
                example = "park-portal") String client,
        @Schema(description = "Each field the revision changed, from → to") List<FieldChange> changes) {

    /** A field's value before and after a revision. */
    @Schema(name = "EnterpriseFieldChange", description = "A field's value before and after a revision",
            example = """
            {"field": "registeredCapitalYuan", "from": 50000000, "to": 80000000}""")
    public record FieldChange(
            @Schema(description = "The field, by its API name (contact fields as contact.person, contact.phone, "
                    + "contact.email)", example = "legalRepresentative") String field,
            @Schema(description = "The value before: a string (text, code, date), a number (registeredCapitalYuan) "
                    + "or null") Object from,
            @Schema(description = "The value after, as from") Object to) {
    }

    static RevisionDto of(AuditHistory.Revision revision, boolean withAuthors) {
        return new RevisionDto(revision.version(), revision.kind(), revision.at(),
                withAuthors ? revision.actor() : null, withAuthors ? revision.client() : null,
                revision.changes().stream().map(c -> new FieldChange(c.field(), c.from(), c.to())).toList());
    }
}
