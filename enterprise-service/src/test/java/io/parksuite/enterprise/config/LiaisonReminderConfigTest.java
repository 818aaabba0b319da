package io.parksuite.enterprise.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiaisonReminderConfigTest {

    private final LiaisonReminderConfig.WindowWorkingDays window = new LiaisonReminderConfig.WindowWorkingDays();

    @Test
    void aWindowFromZeroToSixtyWorkingDaysIsRead() {
        assertEquals(0, window.convert("0"));
        assertEquals(2, window.convert(" 2 "));
        assertEquals(60, window.convert("60"));
    }

    @Test
    void aWindowOutsideTheRangeStopsTheServiceWithTheSettingNamed() {
        for (String value : new String[] {"-1", "61"}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> window.convert(value));
            assertTrue(refused.getMessage().contains("window-working-days"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("not " + value), refused.getMessage());
        }
        assertThrows(NumberFormatException.class, () -> window.convert("two"));
    }
}
