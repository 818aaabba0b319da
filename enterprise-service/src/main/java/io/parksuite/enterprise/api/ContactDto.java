package io.parksuite.enterprise.api;

import io.parksuite.enterprise.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contact data of an enterprise. */
@Schema(name = "Contact", example = """
        {"person": "李华", "phone": "0731-88888888", "email": "contact@example.cn"}""")
public record ContactDto(
        @Size(max = 64) String person,
        @Pattern(regexp = "[0-9+()\\- ]{5,32}", message = "must be a phone number (digits, +, -, parentheses, spaces)")
        String phone,
        @Email @Size(max = 254) String email) {

    Contact toDomain() {
        return new Contact(person, phone, email);
    }

    static ContactDto of(Contact contact) {
        return contact == null ? new ContactDto(null, null, null)
                : new ContactDto(contact.person, contact.phone, contact.email);
    }
}
