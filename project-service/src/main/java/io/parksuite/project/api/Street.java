package io.parksuite.project.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The park's street codes (街道), as {@link io.parksuite.project.domain.ReferenceCodes#STREETS} holds them: one
 * schema for the request field, the response field and the filter.
 */
@Schema(name = "Street", description = "Street code (街道) of the park")
public enum Street {
    BAISHAZHOU,
    HUANGJINYUAN,
    JINSHANQIAO,
    WUSHAN
}
