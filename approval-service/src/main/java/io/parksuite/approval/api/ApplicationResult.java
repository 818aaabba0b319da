package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of a concluded application, written in lower case as the desk records it. */
@Schema(description = "The result of a concluded application: approved only if every department approved")
public enum ApplicationResult {
    approved,
    denied
}
