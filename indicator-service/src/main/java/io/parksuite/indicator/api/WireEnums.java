package io.parksuite.indicator.api;

/** Turns the domain's text values into the api enums the documents name; null stays null. */
final class WireEnums {

    private WireEnums() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
