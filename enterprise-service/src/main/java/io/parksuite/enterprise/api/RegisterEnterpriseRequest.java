package io.parksuite.enterprise.api;

import io.parksuite.platform.uscc.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/enterprises}. */
@Schema(name = "RegisterEnterpriseRequest", example = """
        {"uscc": "91350100M000100Y43", "name": "湖南望城示例科技有限公司"}""")
public record RegisterEnterpriseRequest(
        @NotNull @UnifiedSocialCreditCode
        @Schema(description = "Unified social credit code (统一社会信用代码), 18 characters", example = "91350100M000100Y43")
        String uscc,
        @NotBlank @Size(max = 200)
        @Schema(description = "Registered Chinese name", example = "湖南望城示例科技有限公司")
        String name) {
}
