package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose inbox a reminder is in. */
@Schema(description = "Whose inbox: a department's or the applicant's")
public enum RecipientType {
    DEPARTMENT,
    APPLICANT
}
