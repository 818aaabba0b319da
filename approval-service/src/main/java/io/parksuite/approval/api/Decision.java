package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's decision on its task, as a client sends it. */
@Schema(description = "A department's decision on its task")
public enum Decision {
    APPROVED,
    DENIED
}
