package io.parksuite.platform.uscc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsccTest {

    @Test
    void standardWorkedExampleIsValid() {
        assertEquals(Uscc.Check.VALID, Uscc.check("91350100M000100Y43"));
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
        assertNull(Uscc.problem("91350100M000100Y43"));
    }

    @Test
    void wrongCheckCharacterIsReportedWithTheExpectedOne() {
        assertEquals(Uscc.Check.CHECK_CHARACTER_MISMATCH, Uscc.check("91350100M000100Y44"));
        assertTrue(Uscc.problem("91350100M000100Y44").contains("expected 3"));
    }

    @Test
    void characterOutsideTheAlphabetIsRejected() {
        assertEquals(Uscc.Check.INVALID_CHARACTER, Uscc.check("91350100M000100Y4Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y430", "9135"})
    void wrongLengthIsRejected(String code) {
        assertEquals(Uscc.Check.WRONG_LENGTH, Uscc.check(code));
    }

    @Test
    void nullIsWrongLength() {
        assertEquals(Uscc.Check.WRONG_LENGTH, Uscc.check(null));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void forbiddenLettersAreRejected(char letter) {
        String code = "91350100" + letter + "000100Y43";
        assertEquals(Uscc.Check.INVALID_CHARACTER, Uscc.check(code));
    }

    @Test
    void lowercaseIsRejected() {
        assertEquals(Uscc.Check.INVALID_CHARACTER, Uscc.check("91350100m000100y43"));
    }

    @Test
    void checkCharacterZeroWhenTheSumIsAMultipleOf31() {
        String body = findBodyWithCheckValue(0);
        assertEquals('0', Uscc.checkCharacter(body));
        assertEquals(Uscc.Check.VALID, Uscc.check(body + "0"));
    }

    @Test
    void areaCodeIsPositionsThreeToEight() {
        assertEquals("350100", Uscc.areaCode("91350100M000100Y43"));
    }

    private static String findBodyWithCheckValue(int value) {
        for (int i = 0; i < 31; i++) {
            String body = "9143011200000000" + Uscc.ALPHABET.charAt(i);
            if (Uscc.ALPHABET.indexOf(Uscc.checkCharacter(body)) == value) {
                return body;
            }
        }
        throw new AssertionError("no body found");
    }
}
