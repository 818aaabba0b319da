package io.parksuite.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a search with optional criteria: each condition is added only when its value
 * was given (not null), with its value bound as a named
 * parameter, so no caller builds SQL or HQL by concatenating input. Works for Panache
 * ({@code find(where.clause(), where.parameters())}), HQL and native queries.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static Where create() {
        return new Where();
    }

    /**
     * Adds {@code condition} (naming {@code :name}) when {@code value} is not null. A value that is
     * given but empty still filters (fail closed): a blank string matches what equals it, and an
     * empty collection matches nothing, never everything.
     */
    public Where and(String condition, String name, Object value) {
        if (value instanceof Collection<?> collection && collection.isEmpty()) {
            conditions.add("1 = 0");
        } else if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters, or with parameters bound by {@link #bind}. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} when {@code test} holds. */
    public Where andIf(boolean test, String condition) {
        if (test) {
            conditions.add(condition);
        }
        return this;
    }

    /**
     * Adds {@code condition} (a LIKE naming {@code :name} followed by {@link Like#ESCAPE}) when
     * {@code fragment} is not blank, bound to a pattern matching values that contain the stripped
     * fragment literally (a blank search term would match every value anyway).
     */
    public Where contains(String condition, String name, String fragment) {
        if (!condition.contains(Like.ESCAPE)) {
            throw new IllegalArgumentException("a LIKE on user input needs \"" + Like.ESCAPE + "\": " + condition);
        }
        if (fragment != null && !fragment.isBlank()) {
            conditions.add(condition);
            parameters.put(name, Like.contains(fragment.strip()));
        }
        return this;
    }

    /** Binds a parameter used by a condition added with {@link #and(String)}. */
    public Where bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The conditions joined by {@code and}; empty when none applies. */
    public String clause() {
        return String.join(" and ", conditions);
    }

    /** {@code " where …"}, or empty when no condition applies. */
    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + clause();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
