package io.parksuite.approval.service;

import io.parksuite.approval.domain.MaterialStorage;
import io.parksuite.approval.domain.StoredMaterial;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * The default store: the bytes live in the material's own PostgreSQL row, committed or rolled back with
 * it. They are streamed from the uploaded file into the row's {@code content} column by JDBC.
 */
@ApplicationScoped
public class DatabaseMaterialStore implements MaterialStore {

    private static final byte[] NOTHING_YET = new byte[0];

    private final EntityManager entityManager;

    public DatabaseMaterialStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public MaterialStorage kind() {
        return MaterialStorage.DATABASE;
    }

    @Override
    public void place(StoredMaterial material) {
        material.storage = MaterialStorage.DATABASE;
        material.objectKey = null;
        material.content = NOTHING_YET;
    }

    @Override
    public void write(StoredMaterial material, Path file) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (InputStream in = Files.newInputStream(file);
                 PreparedStatement update = connection.prepareStatement(
                         "update application_material set content = ? where id = ?")) {
                update.setBinaryStream(1, in, Files.size(file));
                update.setObject(2, material.id);
                update.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public byte[] read(StoredMaterial material) {
        return material.content;
    }
}
