package io.parksuite.enterprise.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnterpriseTest {

    private static final OffsetDateTime REGISTERED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = REGISTERED.plusDays(1);

    private static EnterpriseProfile profile(String name, BigDecimal capital, Contact contact) {
        return new EnterpriseProfile(name, null, null, capital, null, null, null, "3911", contact, null, null);
    }

    @Test
    void aRegisteredEnterpriseIsActiveAndLocalFromItsRegistrationTime() {
        Enterprise enterprise = Enterprise.register("91430100MA4L000001", profile(" 示例有限公司 ", null, null), null,
                REGISTERED);
        assertEquals(EnterpriseStatus.ACTIVE, enterprise.status);
        assertEquals(Origin.LOCAL, enterprise.origin);
        assertEquals("示例有限公司", enterprise.name);
        assertEquals(REGISTERED, enterprise.registeredAt);
        assertEquals(REGISTERED, enterprise.updatedAt);
    }

    @Test
    void applyNamesTheChangedFieldsAndTouchesOnlyWhenSomethingChanged() {
        Enterprise enterprise = Enterprise.register("91430100MA4L000001",
                profile("示例有限公司", new BigDecimal("1000000.00"), null), null, REGISTERED);

        assertEquals(List.of(), enterprise.apply(profile("示例有限公司", new BigDecimal("1000000"), null), LATER));
        assertEquals(REGISTERED, enterprise.updatedAt);

        assertEquals(List.of("name", "contact.phone"),
                enterprise.apply(profile("新示例有限公司", new BigDecimal("1e6"), new Contact(null, "0731-1", null)), LATER));
        assertEquals(LATER, enterprise.updatedAt);
        assertEquals("0731-1", enterprise.contact.phone);
    }

    @Test
    void anUnchangedContactKeepsTheRecordAsItWas() {
        Enterprise enterprise = Enterprise.register("91430100MA4L000001",
                profile("示例有限公司", null, new Contact("张三", null, null)), null, REGISTERED);
        assertTrue(enterprise.changeContact(new Contact("张三", null, null), LATER).isEmpty());
        assertEquals(REGISTERED, enterprise.updatedAt);
        assertEquals(List.of("contact.person", "contact.email"),
                enterprise.changeContact(new Contact("李四", null, "li@example.cn"), LATER));
        assertEquals(LATER, enterprise.updatedAt);
    }

    @Test
    void aStatusChangeKeepsItsDayAndReason() {
        Enterprise enterprise = Enterprise.register("91430100MA4L000001", profile("示例有限公司", null, null), null,
                REGISTERED);
        enterprise.changeStatus(EnterpriseStatus.RELOCATED_OUT, LocalDate.of(2026, 3, 2), "迁往外省", LATER);
        assertEquals(EnterpriseStatus.RELOCATED_OUT, enterprise.status);
        assertEquals(LocalDate.of(2026, 3, 2), enterprise.statusChangedOn);
        assertEquals("迁往外省", enterprise.statusReason);
        assertEquals(LATER, enterprise.updatedAt);
        assertNull(enterprise.usccWarning);
    }
}
