package io.parksuite.approval.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The file types a material may have, by their media type. */
@Schema(description = "A material file's media type: PDF, JPEG or PNG")
public enum MaterialContentType {
    @JsonProperty("application/pdf")
    PDF,
    @JsonProperty("image/jpeg")
    JPEG,
    @JsonProperty("image/png")
    PNG
}
