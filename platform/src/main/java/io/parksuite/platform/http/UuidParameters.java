package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads {@code UUID} path, query and header parameters in their canonical form only
 * ({@code UUID.fromString} also takes "1-1-1-1-1"). A malformed id in a path names nothing, so it
 * answers 404; in a query or header it is a 422 naming the parameter.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The UUID in {@code text}, or empty when it is not one in canonical form. */
    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches()
                ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = null;
        boolean inPath = false;
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                name = path.value();
                inPath = true;
            } else if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof HeaderParam header) {
                name = header.value();
            }
        }
        return (ParamConverter<T>) new Converter(name == null ? "id" : name, inPath);
    }

    private record Converter(String name, boolean inPath) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            return parse(value).orElseThrow(() -> inPath
                    ? ProblemException.notFound("Nothing has the id " + value)
                    : ProblemException.invalidField(name, "must be a UUID such as 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"));
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
