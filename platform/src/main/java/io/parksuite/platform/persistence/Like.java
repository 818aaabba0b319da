package io.parksuite.platform.persistence;

/**
 * LIKE patterns from what a user typed: {@code \}, {@code %} and {@code _} are escaped with
 * PostgreSQL's default escape character, so a search for "50%" finds "50%" and not everything
 * starting with "50". Valid in native SQL and HQL alike.
 */
public final class Like {

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches values containing {@code fragment}. */
    public static String contains(String fragment) {
        return "%" + escape(fragment) + "%";
    }

    /** Matches values starting with {@code prefix}. */
    public static String startsWith(String prefix) {
        return escape(prefix) + "%";
    }
}
