package io.parksuite.indicator.domain.growth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The growth programmes an enterprise is assessed for. */
@Schema(name = "GrowthProgramme", description = "GAZELLE: 瞪羚企业; UNICORN: 独角兽企业")
public enum Programme {
    /** 瞪羚企业. */
    GAZELLE,
    /** 独角兽企业. */
    UNICORN
}
