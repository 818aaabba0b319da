package io.parksuite.approval.service;

import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;

import java.nio.file.Path;

/**
 * Keeps the bytes of material files (申请材料) somewhere: the checks (type, size, checksum, limits per
 * application) and the authorization stay in {@link Materials}, so every store enforces the same rules.
 * The bytes come from a file on disk and are streamed to the store, never held in memory whole.
 */
public interface MaterialStore {

    MaterialStorage kind();

    /** Says where {@code material}'s bytes will be, before its row is first written. */
    void place(StoredMaterial material);

    /**
     * Streams {@code file} into the store for {@code material}, whose row is already written, within the
     * caller's transaction: when that transaction rolls back, nothing of the file remains.
     */
    void write(StoredMaterial material, Path file);

    byte[] read(StoredMaterial material);
}
