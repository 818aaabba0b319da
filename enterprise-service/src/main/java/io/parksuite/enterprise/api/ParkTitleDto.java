package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.ParkTitle;
import io.parksuite.enterprise.domain.RecognitionLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title the park holds (园区荣誉) as the API reads and writes it; {@code id} is assigned by the registry. */
@Schema(name = "ParkTitle", description = "A title the park holds (园区荣誉)", example = """
        {"name": "国家知识产权示范园区", "level": "NATIONAL", "year": 2016, "awardedBy": "国家知识产权局"}""")
public record ParkTitleDto(
        @Schema(readOnly = true, description = "Assigned by the registry") Long id,
        @NotBlank @Size(max = 200) @Schema(description = "The title", example = "国家知识产权示范园区") String name,
        @NotNull @Schema(description = "Level of the awarding body: 国家级, 省级, 市级") RecognitionLevel level,
        @NotNull @Min(1980) @Max(2100) @Schema(description = "Year awarded", example = "2016") Integer year,
        @Size(max = 100) @Schema(description = "The awarding body", example = "国家知识产权局") String awardedBy) {

    ParkTitle toEntity() {
        ParkTitle title = new ParkTitle();
        title.name = name;
        title.level = level;
        title.year = year;
        title.awardedBy = awardedBy;
        return title;
    }

    static ParkTitleDto of(ParkTitle t) {
        return new ParkTitleDto(t.id, t.name, t.level, t.year, t.awardedBy);
    }
}
