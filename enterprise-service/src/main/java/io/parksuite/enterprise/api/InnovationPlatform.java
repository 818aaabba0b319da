package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.RecognitionLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An innovation platform (创新平台) as the API reads and writes it; {@code id} is assigned by the registry. */
@Schema(name = "InnovationPlatform", description = "An innovation platform (创新平台) an enterprise hosts", example = """
        {"uscc": "91430112MA4L0A0B1X", "type": "ENTERPRISE_TECH_CENTRE", "level": "NATIONAL",
         "name": "国家认定企业技术中心", "yearRecognised": 2017, "recognisedBy": "国家发展改革委"}""")
public record InnovationPlatform(
        @Schema(readOnly = true, description = "Assigned by the registry") Long id,
        @NotBlank @Size(max = 18) @Schema(description = "Host enterprise: " + Schemas.USCC,
                pattern = Schemas.USCC_PATTERN, example = Schemas.USCC_EXAMPLE) String uscc,
        @NotBlank @Size(max = 48) @Schema(description = "Platform type code, GET /api/v1/registry/platform-types",
                example = "ENTERPRISE_TECH_CENTRE") String type,
        @NotNull @Schema(description = "Level of recognition: 国家级, 省级, 市级") RecognitionLevel level,
        @NotBlank @Size(max = 200) @Schema(description = "The platform's name", example = "国家认定企业技术中心")
        String name,
        @NotNull @Min(1980) @Max(2100) @Schema(description = "Year recognised", example = "2017")
        Integer yearRecognised,
        @Size(max = 100) @Schema(description = "The recognising body", example = "国家发展改革委") String recognisedBy) {

    io.parksuite.enterprise.domain.InnovationPlatform toEntity() {
        var platform = new io.parksuite.enterprise.domain.InnovationPlatform();
        platform.uscc = uscc;
        platform.typeCode = type;
        platform.level = level;
        platform.name = name;
        platform.yearRecognised = yearRecognised;
        platform.recognisedBy = recognisedBy;
        return platform;
    }

    static InnovationPlatform of(io.parksuite.enterprise.domain.InnovationPlatform p) {
        return new InnovationPlatform(p.id, p.uscc, p.typeCode, p.level, p.name, p.yearRecognised, p.recognisedBy);
    }
}
