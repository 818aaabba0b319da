package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a decision is delivered (送达) to the applicant. */
@Schema(description = "How a decision reaches the applicant (送达); COUNTER counts as a visit")
public enum DeliveryMethod {
    ONLINE,
    POST,
    COUNTER
}
