package io.parksuite.platform.persistence;

/**
 * LIKE patterns from what a user typed: {@code %}, {@code _} and the escape character itself are
 * escaped, so a search for "50%" finds "50%" and not everything starting with "50". The escape
 * character is {@code !}, named in the query with {@link #ESCAPE} after each LIKE
 * ({@code name like :q escape '!'}): Hibernate turns PostgreSQL's default backslash escape off in
 * HQL (it renders {@code escape ''}), and an explicit escape clause reads the same in HQL and SQL.
 */
public final class Like {

    /** The clause to write after every LIKE whose pattern comes from this class. */
    public static final String ESCAPE = "escape '!'";

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
