package io.parksuite.indicator.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parksuite.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The formats an open dataset is distributed in, chosen by {@code ?format=} (JSON when absent). */
@Schema(name = "OpenDataFormat", description = "json (the default) or csv (UTF-8 with a byte-order mark, RFC 4180)")
public enum OpenDataFormat {
    @JsonProperty("json") JSON("application/json"),
    @JsonProperty("csv") CSV("text/csv; charset=UTF-8");

    final String mediaType;

    OpenDataFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static OpenDataFormat of(String text) {
        if (text == null || text.isEmpty()) {
            return JSON;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            default -> throw ProblemException.invalidField("format", "must be json or csv");
        };
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
