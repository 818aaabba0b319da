package io.parksuite.enterprise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom the park contacts at an enterprise; the one part an enterprise user may edit itself. */
@Embeddable
public class Contact {

    @Column(name = "contact_person", length = 64)
    public String person;

    @Column(name = "contact_phone", length = 32)
    public String phone;

    @Column(name = "contact_email", length = 254)
    public String email;

    public Contact() {
    }

    public Contact(String person, String phone, String email) {
        this.person = person;
        this.phone = phone;
        this.email = email;
    }
}
