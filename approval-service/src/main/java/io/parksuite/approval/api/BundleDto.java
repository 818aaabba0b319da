package io.parksuite.approval.api;

import io.parksuite.approval.service.BundleDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A bundle (一件事) as a service manager writes it. */
@Schema(name = "BundleRequest", description = "A bundle (一件事) as the service centre defines it: its code, name "
        + "and the service items applied for together", example = """
        {"code":"company-startup","name":"企业开办一件事","description":"企业登记、印章刻制、发票申领、社保登记、银行开户一次办",
         "itemCodes":["SCJG-001","GA-101","SW-201","RS-301","YH-401"]}""")
public record BundleDto(
        @Schema(description = "The bundle's code, its key", examples = "company-startup")
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "letters, digits, . _ - only") String code,
        @Schema(description = "The bundle's name", examples = "企业开办一件事") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the bundle covers", examples = "企业登记、印章刻制、发票申领、社保登记、银行开户一次办")
        @Size(max = 500) String description,
        @Schema(description = "The codes of its service items, each in the catalogue and listed once",
                examples = "[\"SCJG-001\",\"GA-101\"]")
        @NotEmpty @Size(max = 100) List<@NotBlank String> itemCodes) {

    public BundleDefinition toDefinition() {
        return new BundleDefinition(code, name, description, itemCodes);
    }
}
