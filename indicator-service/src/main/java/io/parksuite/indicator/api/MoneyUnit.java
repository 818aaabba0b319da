package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The unit a statistical report gives its money fields in. The wire values are Chinese or
 * hyphenated, so the document names the constants generated clients should use.
 */
@Schema(name = "MoneyUnit", description = "Unit of money fields: 元 or yuan (yuan), 万元 or 10k-yuan (10,000 yuan)",
        enumeration = {"元", "万元", "yuan", "10k-yuan"},
        extensions = @Extension(name = "x-enum-varnames", parseValue = true,
                value = "[\"YUAN\", \"TEN_THOUSAND_YUAN\", \"YUAN_LATIN\", \"TEN_THOUSAND_YUAN_LATIN\"]"))
public enum MoneyUnit {
    YUAN, TEN_THOUSAND_YUAN, YUAN_LATIN, TEN_THOUSAND_YUAN_LATIN
}
