package io.parksuite.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the current transaction's connection, for the set-oriented statements of intake
 * and rollup maintenance (arrays, batches) that JPQL does not express well.
 */
@ApplicationScoped
public class Jdbc {

    private final EntityManager entityManager;

    public Jdbc(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> T call(Work<T> work) {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }

    /** A piece of JDBC work returning a value. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
