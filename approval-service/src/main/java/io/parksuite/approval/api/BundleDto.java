package io.parksuite.approval.api;

import io.parksuite.approval.service.BundleDefinition;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A bundle (一件事) as a service manager writes it. */
@Schema(name = "BundleRequest", description = "A bundle (一件事) as the service centre defines it: its code, name, "
        + "the service items applied for together and its promised limit", example = """
        {"code":"company-startup","name":"企业开办一件事","description":"企业登记、印章刻制、发票申领、社保登记、银行开户一次办",
         "itemCodes":["SCJG-001","GA-101","SW-201","RS-301","YH-401"],"promisedLimitDays":3}""")
public record BundleDto(
        @Schema(description = "The bundle's code, its key", examples = "company-startup")
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "letters, digits, . _ - only") String code,
        @Schema(description = "The bundle's name", examples = "企业开办一件事") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the bundle covers", examples = "企业登记、印章刻制、发票申领、社保登记、银行开户一次办")
        @Size(max = 500) String description,
        @Schema(description = "The codes of its service items, each in the catalogue and listed once",
                examples = "[\"SCJG-001\",\"GA-101\"]")
        @NotEmpty @Size(max = 100) List<@NotBlank String> itemCodes,
        @Schema(description = "The promised limit (承诺时限) of an application for the bundle, in working days (e.g. "
                + "Hunan's 3545): at most 45, the joint-handling limit (行政许可法 第42条第2款), and at most the longest "
                + "statutory limit among its items, its departments deciding in parallel (items without a statutory "
                + "limit do not bound it); 422 naming the bounding items otherwise. Absent: a bundle being replaced "
                + "keeps its promise, a new one promises its slowest item's promise",
                minimum = "0", maximum = "45", examples = "3")
        @Min(0) Integer promisedLimitDays) {

    public BundleDefinition toDefinition() {
        return new BundleDefinition(code, name, description, itemCodes, promisedLimitDays);
    }
}
