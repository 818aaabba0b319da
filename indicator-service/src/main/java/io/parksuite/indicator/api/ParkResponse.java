package io.parksuite.indicator.api;

import io.parksuite.indicator.domain.Park;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A national-level park of the city: this one ({@code own}) or a peer it is ranked against. */
@Schema(name = "Park", description = "A national-level park of the city: this one or a peer",
        requiredProperties = {"code", "name", "own"}, example = """
        {"code": "WANGCHENG_ETDZ", "name": "望城经济技术开发区", "own": true}""")
public record ParkResponse(
        @Schema(description = "The park code that official figures are recorded under", example = "WANGCHENG_ETDZ")
        String code,
        @Schema(description = "The park's name", example = "望城经济技术开发区") String name,
        @Schema(description = "true for this park, false for a peer") boolean own) {

    static ParkResponse of(Park park) {
        return new ParkResponse(park.code(), park.name(), park.own());
    }
}
