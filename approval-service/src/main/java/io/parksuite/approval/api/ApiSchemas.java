package io.parksuite.approval.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Declares, once, the value sets that travel as plain strings (a decision, a reminder's kind, a
 * material's type…), so that the fields and parameters that carry them refer to one named schema and
 * a generated client has one type per idea instead of a copy per field.
 */
@OpenAPIDefinition(info = @Info(title = "Park Suite: One-stop approval desk (一件事一次办)", version = "1.0.0"),
        components = @Components(schemas = {
                @Schema(name = "ApplicationResult", implementation = ApplicationResult.class),
                @Schema(name = "Decision", implementation = Decision.class),
                @Schema(name = "DeliveryMethod", implementation = DeliveryMethod.class),
                @Schema(name = "FollowUpOutcome", implementation = FollowUpOutcome.class),
                @Schema(name = "MaterialContentType", implementation = MaterialContentType.class),
                @Schema(name = "MaterialPurpose", implementation = MaterialPurpose.class),
                @Schema(name = "RecipientType", implementation = RecipientType.class),
                @Schema(name = "ReminderKind", implementation = ReminderKind.class),
                @Schema(name = "SpecialProcedureKind", implementation = SpecialProcedureKind.class)}))
public final class ApiSchemas {

    private ApiSchemas() {
    }
}
