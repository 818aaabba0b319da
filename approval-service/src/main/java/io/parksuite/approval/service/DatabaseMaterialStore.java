package io.parksuite.approval.service;

import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import jakarta.enterprise.context.ApplicationScoped;

/** The default store: the bytes live in the material's own PostgreSQL row, committed or rolled back with it. */
@ApplicationScoped
public class DatabaseMaterialStore implements MaterialStore {

    @Override
    public MaterialStorage kind() {
        return MaterialStorage.DATABASE;
    }

    @Override
    public void write(StoredMaterial material, byte[] content) {
        material.storage = MaterialStorage.DATABASE;
        material.content = content;
    }

    @Override
    public byte[] read(StoredMaterial material) {
        return material.content;
    }
}
