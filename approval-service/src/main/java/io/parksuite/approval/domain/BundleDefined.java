package io.parksuite.approval.domain;

/** A bundle (一件事) was created or changed in the catalogue, within the transaction that saved it. */
public record BundleDefined(String code) {
}
