package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contact data of an enterprise. */
@Schema(name = "Contact", description = "An enterprise's contact person (联系人); every field is optional",
        example = """
        {"person": "李华", "phone": "0731-88888888", "email": "contact@example.cn"}""")
public record ContactDto(
        @Size(max = 64) @Schema(description = "Name of the contact person", example = "李华", nullable = true) String person,
        @Pattern(regexp = "[0-9+()\\- ]{5,32}", message = "must be a phone number (digits, +, -, parentheses, spaces)")
        @Schema(description = "Phone number: digits, +, -, parentheses and spaces", pattern = "^[0-9+()\\- ]{5,32}$",
                example = "0731-88888888", nullable = true)
        String phone,
        @Email @Size(max = 254) @Schema(description = "E-mail address", format = "email", example = "contact@example.cn", nullable = true)
        String email) {

    Contact toDomain() {
        return new Contact(person, phone, email);
    }

    static ContactDto of(Contact contact) {
        return contact == null ? new ContactDto(null, null, null)
                : new ContactDto(contact.person, contact.phone, contact.email);
    }
}
