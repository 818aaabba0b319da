package io.parksuite.enterprise.domain;

/** A programme criterion an enterprise does not meet (差距), with the required and the actual value as text. */
public record Shortfall(String criterion, String required, String actual) {
}
