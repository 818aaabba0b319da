package io.parksuite.indicator.domain;

/** A national-level park of the city: this one ({@code own}) or a peer it is ranked against. */
public record Park(String code, String name, boolean own) {
}
