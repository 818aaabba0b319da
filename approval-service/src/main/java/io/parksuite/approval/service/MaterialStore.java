package io.parksuite.approval.service;

import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;

/**
 * Keeps the bytes of material files (申请材料) somewhere: the checks (type, size, checksum) and the
 * authorization stay in {@link Materials}, so every store enforces the same rules.
 */
public interface MaterialStore {

    MaterialStorage kind();

    /**
     * Keeps {@code content} for {@code material} within the caller's transaction: when that transaction
     * rolls back, nothing of the file remains.
     */
    void write(StoredMaterial material, byte[] content);

    byte[] read(StoredMaterial material);
}
