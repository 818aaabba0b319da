package io.parksuite.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper());

    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> "/api/v1/things";
                    case "getRequestUri" -> URI.create("http://localhost/api/v1/things");
                    default -> null;
                });
    }

    private static HttpHeaders headers() {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getHeaderString") ? "req-1" : null);
    }

    private Response map(Throwable failure) {
        return mappers.unexpected(failure, uri(), headers());
    }

    private static void assertRetryLater(Response response, String slug, int seconds) {
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(String.valueOf(seconds), String.valueOf(response.getHeaderString(HttpHeaders.RETRY_AFTER)));
        assertTrue(response.getEntity().toString().contains("\"type\":\"" + Problem.TYPE_BASE + slug + "\""),
                response.getEntity().toString());
    }

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfter() {
        assertRetryLater(map(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))), "service-unavailable",
                ProblemMappers.DATABASE_RETRY_AFTER);
        assertRetryLater(map(new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01"))),
                "service-unavailable", ProblemMappers.DATABASE_RETRY_AFTER);
        assertRetryLater(map(new PersistenceException(new SQLException("the database system is starting up", "57P03"))),
                "service-unavailable", ProblemMappers.DATABASE_RETRY_AFTER);
        assertRetryLater(map(new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))),
                "service-unavailable", ProblemMappers.DATABASE_RETRY_AFTER);
    }

    @Test
    void aDeadlockOrSerializationFailureAnswers503WithRetryAfter() {
        assertRetryLater(map(new PersistenceException(new SQLException("deadlock detected", "40P01"))),
                "concurrent-update", ProblemMappers.CONTENTION_RETRY_AFTER);
        assertRetryLater(map(new PersistenceException(new SQLException("could not serialize access", "40001"))),
                "concurrent-update", ProblemMappers.CONTENTION_RETRY_AFTER);
    }

    @Test
    void anyOtherFailureStaysA500WithoutRetryAfter() {
        Response response = map(new PersistenceException(new SQLException("syntax error", "42601")));
        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals(500, map(new SQLException("no state")).getStatus());
    }

    @Test
    void anUnparseableContentTypeIsAMalformedRequest() {
        Response response = map(new IllegalArgumentException("Failed to parse media type garbage////"));
        assertEquals(400, response.getStatus());
        assertTrue(response.getEntity().toString().contains(Problem.TYPE_BASE + "malformed-request"));
        assertEquals(500, map(new IllegalArgumentException("something else")).getStatus());
    }

    @Test
    void aTransactionRolledBackAfterItsTimeoutAnswers503WithRetryAfter() {
        assertRetryLater(map(new IllegalStateException(new jakarta.transaction.RollbackException(
                "ARJUNA016102: The transaction is not active!"))), "service-unavailable", ProblemMappers.DATABASE_RETRY_AFTER);
    }
}
