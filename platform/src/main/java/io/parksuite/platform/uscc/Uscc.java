package io.parksuite.platform.uscc;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet, the last a check character over the first 17. Positions 3–8 are the GB/T 2260 code of
 * the registering area.
 */
public final class Uscc {

    public static final int LENGTH = 18;
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The result of checking a candidate code. */
    public enum Check {
        VALID,
        /** Well formed, but the 18th character is not the computed check character. */
        CHECK_CHARACTER_MISMATCH,
        WRONG_LENGTH,
        /** Holds a character outside the alphabet (lowercase, I, O, S, V, Z, punctuation…). */
        INVALID_CHARACTER
    }

    private Uscc() {
    }

    public static Check check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Check.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Check.INVALID_CHARACTER;
            }
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code) ? Check.VALID : Check.CHECK_CHARACTER_MISMATCH;
    }

    /** The check character for the first 17 characters of {@code code}, which must be in the alphabet. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The GB/T 2260 administrative-division code of the registering area (positions 3–8). */
    public static String areaCode(String code) {
        return code.substring(2, 8);
    }

    /** A human-readable reason why {@code code} is not valid, or null when it is. */
    public static String problem(String code) {
        return switch (check(code)) {
            case VALID -> null;
            case WRONG_LENGTH -> "must be exactly 18 characters";
            case INVALID_CHARACTER -> "may only hold the characters " + ALPHABET + " (no I, O, S, V, Z, no lowercase)";
            case CHECK_CHARACTER_MISMATCH -> "check character mismatch: expected " + checkCharacter(code)
                    + " as the 18th character";
        };
    }
}
