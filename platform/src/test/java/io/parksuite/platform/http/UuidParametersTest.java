package io.parksuite.platform.http;

import io.parksuite.platform.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UuidParametersTest {

    private static final String ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

    @Test
    void onlyTheCanonicalFormIsAnId() {
        assertEquals(UUID.fromString(ID), UuidParameters.parse(ID).orElseThrow());
        assertTrue(UuidParameters.parse("1-1-1-1-1").isEmpty(), "UUID.fromString would accept it");
        assertTrue(UuidParameters.parse(ID + "0").isEmpty());
        assertTrue(UuidParameters.parse(null).isEmpty());
    }

    @Test
    void aMalformedPathIdNamesNothing() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> converter(pathParam("id")).fromString("1-1-1-1-1"));
        assertEquals(404, problem.status());
    }

    @Test
    void aMalformedQueryIdIsAnInvalidParameter() {
        ParamConverter<UUID> converter = converter(queryParam("conferenceId"));
        ProblemException problem = assertThrows(ProblemException.class, () -> converter.fromString("abc"));
        assertEquals(422, problem.status());
        assertEquals("conferenceId", problem.errors().get(0).field());
        assertEquals(UUID.fromString(ID), converter.fromString(ID));
        assertNull(converter.fromString(null));
    }

    @Test
    void otherTypesAreLeftToTheirOwnConverters() {
        assertNull(new UuidParameters().getConverter(String.class, String.class, new Annotation[0]));
    }

    private static ParamConverter<UUID> converter(Annotation annotation) {
        return new UuidParameters().getConverter(UUID.class, UUID.class, new Annotation[] {annotation});
    }

    private static PathParam pathParam(String name) {
        return new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }

    private static QueryParam queryParam(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }
}
