package io.parksuite.testing;

import java.time.Duration;

/**
 * Prints dev-key tokens for {@code deploy/suite token}, so the suite's command line and the tests
 * sign with one implementation ({@link TestTokens}). Takes one token's claims per group of six
 * arguments, {@code <role> <sub> <client> <ttl-seconds> <uscc> <dept>} (an empty uscc or dept means
 * no such claim), and prints one token per line: a caller needing several pays for one JVM.
 */
public final class DevTokenCli {

    private static final int ARGUMENTS_PER_TOKEN = 6;

    private DevTokenCli() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length % ARGUMENTS_PER_TOKEN != 0) {
            System.err.println("usage: DevTokenCli (<role> <sub> <client> <ttl-seconds> <uscc|\"\"> <dept|\"\">)...");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += ARGUMENTS_PER_TOKEN) {
            System.out.println(TestTokens.mint(args[i], args[i + 1], args[i + 2], emptyAsNull(args[i + 4]),
                    emptyAsNull(args[i + 5]), Duration.ofSeconds(Long.parseLong(args[i + 3]))));
        }
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
