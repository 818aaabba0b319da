package io.parksuite.testing;

import io.parksuite.platform.uscc.Uscc;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid unified social credit codes registered in Wangcheng (430112), one per call. */
public final class TestUscc {

    private TestUscc() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder("91430112");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
        }
        return code.append(Uscc.checkCharacter(code.toString())).toString();
    }

    /** A well-formed code whose check character is wrong. */
    public static String withWrongCheckCharacter() {
        String valid = random();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
