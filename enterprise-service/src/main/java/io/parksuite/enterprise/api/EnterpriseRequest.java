package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.EnterpriseProfile;
import io.parksuite.enterprise.domain.Origin;
import io.parksuite.enterprise.domain.Registration;
import io.parksuite.platform.uscc.UnifiedSocialCreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/enterprises} and {@code PUT /api/v1/enterprises/{uscc}}: the
 * whole record as the client wants it. Only {@code uscc} and {@code name} are required.
 */
@Schema(name = "EnterpriseRequest", example = """
        {"uscc": "91350100M000100Y43", "name": "湖南望城示例科技有限公司", "nameEn": "Hunan Wangcheng Example Technology Co., Ltd.",
         "legalRepresentative": "张伟", "registeredCapitalYuan": 50000000.00, "establishedOn": "2018-06-01",
         "address": "长沙市望城区金星北路一段", "streetCode": "HUANGJINYUAN", "industryCode": "3985",
         "contact": {"person": "李华", "phone": "0731-88888888", "email": "contact@example.cn"}, "origin": "PROJECT"}""")
public record EnterpriseRequest(
        @NotNull @UnifiedSocialCreditCode(checkCharacter = false)
        @Schema(description = "Unified social credit code (统一社会信用代码), 18 characters", example = "91350100M000100Y43")
        String uscc,
        @Schema(description = "Accept a code whose check character does not match (some early codes); kept as a warning")
        boolean checkCharacterOverride,
        @NotBlank @Size(max = 200) @Schema(description = "Registered Chinese name") String name,
        @Size(max = 200) @Schema(description = "English name") String nameEn,
        @Size(max = 64) @Schema(description = "Legal representative (法定代表人)") String legalRepresentative,
        @DecimalMin("0") @DecimalMax("1e15") @Digits(integer = 18, fraction = 2)
        @Schema(description = "Registered capital in yuan") BigDecimal registeredCapitalYuan,
        @PastOrPresent @Schema(description = "Date of establishment") LocalDate establishedOn,
        @Size(max = 300) String address,
        @Size(max = 32) @Schema(description = "Street code: GET /api/v1/registry/streets") String streetCode,
        @Pattern(regexp = "\\d{2,4}", message = "must be a GB/T 4754-2017 code of 2 to 4 digits")
        @Schema(description = "GB/T 4754-2017 industry division, group or class") String industryCode,
        @Valid ContactDto contact,
        @Schema(description = "LOCAL (本地) or PROJECT (招商引进); LOCAL when absent") Origin origin,
        @Size(max = 64) @Schema(description = "The investment project that brought the enterprise in") String originProjectId) {

    Registration registration() {
        return new Registration(uscc, checkCharacterOverride, profile());
    }

    EnterpriseProfile profile() {
        return new EnterpriseProfile(name, nameEn, legalRepresentative, registeredCapitalYuan, establishedOn, address,
                streetCode, industryCode, contact == null ? null : contact.toDomain(), origin, originProjectId);
    }
}
