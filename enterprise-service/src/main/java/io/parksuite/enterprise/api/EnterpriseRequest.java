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
@Schema(name = "EnterpriseRequest",
        description = "An enterprise record as a client registers or replaces it; only uscc and name are required",
        example = """
        {"uscc": "91350100M000100Y43", "name": "长沙望城经开区某某科技有限公司", "nameEn": "Changsha Wangcheng Example Technology Co., Ltd.",
         "legalRepresentative": "张伟", "registeredCapitalYuan": 50000000.00, "establishedOn": "2018-06-01",
         "address": "长沙市望城区金星北路一段", "streetCode": "HUANGJINYUAN", "industryCode": "3985",
         "contact": {"person": "李华", "phone": "0731-88888888", "email": "contact@example.cn"}, "origin": "PROJECT",
         "originProjectId": "3f6c2a8e-5b1d-4e7a-9c2f-0d8b7a6e5f41"}""")
public record EnterpriseRequest(
        @NotNull @UnifiedSocialCreditCode(checkCharacter = false)
        @Schema(description = "Unified social credit code (统一社会信用代码, GB 32100): 18 characters of "
                + "0-9 and A-Z without I, O, S, V, Z; the 18th is a check character",
                pattern = Schemas.USCC_PATTERN, minLength = 18, maxLength = 18, example = "91350100M000100Y43")
        String uscc,
        @Schema(description = "Accept a code whose check character does not match (some early codes); the record "
                + "then carries usccWarning", defaultValue = "false")
        boolean checkCharacterOverride,
        @NotBlank @Size(max = 200) @Schema(description = "Registered Chinese name (企业名称)",
                example = "长沙望城经开区某某科技有限公司") String name,
        @Size(max = 200) @Schema(description = "English name",
                example = "Changsha Wangcheng Example Technology Co., Ltd.") String nameEn,
        @Size(max = 64) @Schema(description = "Legal representative (法定代表人)", example = "张伟")
        String legalRepresentative,
        @DecimalMin("0") @DecimalMax("1e15") @Digits(integer = 18, fraction = 2)
        @Schema(description = "Registered capital (注册资本) in yuan, at most 2 decimals", example = "50000000.00")
        BigDecimal registeredCapitalYuan,
        @PastOrPresent @Schema(description = "Date of establishment (成立日期), not in the future", example = "2018-06-01")
        LocalDate establishedOn,
        @Size(max = 300) @Schema(description = "Registered address (地址)", example = "长沙市望城区金星北路一段")
        String address,
        @Size(max = 32) @Schema(description = "Street (街道) code from GET /api/v1/registry/streets",
                example = "HUANGJINYUAN") String streetCode,
        @Pattern(regexp = "\\d{2,4}", message = "must be a GB/T 4754-2017 code of 2 to 4 digits")
        @Schema(description = "GB/T 4754-2017 industry division, group or class (行业代码), from "
                + "GET /api/v1/registry/industry-classes", pattern = "^\\d{2,4}$", example = "3985") String industryCode,
        @Valid @Schema(description = "Contact data (联系人)") ContactDto contact,
        @Schema(description = "LOCAL (本地企业) or PROJECT (招商引进); LOCAL when absent") Origin origin,
        @Size(max = 64) @Schema(description = "The id of the investment project (project-service) that brought "
                + "the enterprise in, with PROJECT", example = "3f6c2a8e-5b1d-4e7a-9c2f-0d8b7a6e5f41") String originProjectId) {

    Registration registration() {
        return new Registration(uscc, checkCharacterOverride, profile());
    }

    EnterpriseProfile profile() {
        return new EnterpriseProfile(name, nameEn, legalRepresentative, registeredCapitalYuan, establishedOn, address,
                streetCode, industryCode, contact == null ? null : contact.toDomain(), origin, originProjectId);
    }
}
