package io.parksuite.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC on the current transaction's connection, for the set-oriented statements (upserts
 * with conditions, arrays, batches, reporting queries) that JPQL does not express well. Values are
 * always bound as parameters: {@code null} binds an untyped null, {@link TypedNull} a typed one,
 * {@link SqlArray} a PostgreSQL array, an enum its name; everything else goes to
 * {@code setObject} (java.time types included).
 */
@ApplicationScoped
public class Jdbc {

    private final EntityManager entityManager;

    public Jdbc(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code work} on the connection, after flushing what the transaction holds in Hibernate. */
    public <T> T call(Work<T> work) {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }

    /** Executes an insert, update or delete; answers the rows changed. */
    public int update(String sql, Object... arguments) {
        return call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, arguments);
                return statement.executeUpdate();
            }
        });
    }

    /** Executes one statement for each row of arguments in a single JDBC batch. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(connection, statement, row);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... arguments) {
        return call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, arguments);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            }
        });
    }

    /** The first row, if any. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... arguments) {
        return call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, arguments);
                statement.setMaxRows(1);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.ofNullable(mapper.map(result)) : Optional.empty();
                }
            }
        });
    }

    static void bind(Connection connection, PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            Object value = arguments[i];
            int index = i + 1;
            if (value instanceof TypedNull typedNull) {
                statement.setNull(index, typedNull.sqlType());
            } else if (value instanceof SqlArray array) {
                Array sqlArray = connection.createArrayOf(array.elementType(), array.values());
                statement.setArray(index, sqlArray);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** A piece of JDBC work returning a value. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A null of a given {@link java.sql.Types} type, where PostgreSQL cannot infer it. */
    public record TypedNull(int sqlType) {
    }

    /** A PostgreSQL array parameter, e.g. {@code new SqlArray("text", codes)}. */
    public record SqlArray(String elementType, Object[] values) {
    }
}
