package io.parksuite.enterprise.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The orders of an enterprise search as the API names them, one schema for clients; the search reads
 * them as {@code EnterpriseSearch.Sort}.
 */
@Schema(name = "EnterpriseSort", type = SchemaType.STRING, description = "The order of a search; relevance (to q) "
        + "when absent, -registeredAt is newest first",
        enumeration = {"relevance", "name", "registeredAt", "-registeredAt", "uscc"})
final class EnterpriseSort {

    private EnterpriseSort() {
    }
}
