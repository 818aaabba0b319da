package io.parksuite.platform.openapi;

import io.parksuite.platform.http.IdempotencyKeys;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The response headers every API shares, declared once under {@code components.headers}:
 * {@link ContractFilter} adds them where an operation gives them (ETag after a write that reads
 * If-Match, Idempotency-Replayed after a write that reads Idempotency-Key, Deprecation and Sunset on
 * deprecated operations) and replaces inline declarations of the same name with references.
 */
enum StandardHeader {

    ETAG("ETag", "ETag", "The record's version, quoted; a later change sends it back as If-Match",
            string().examples(List.of("\"3\""))),
    LOCATION("Location", "Location", "The URL of the created record", string().format("uri-reference")),
    IDEMPOTENCY_REPLAYED("IdempotencyReplayed", IdempotencyKeys.REPLAYED_HEADER,
            "true when this is the stored answer to an earlier request with the same Idempotency-Key",
            OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)),
    DEPRECATION("Deprecation", "Deprecation",
            "This operation is deprecated (RFC 9745): the day it was, as @ followed by Unix seconds",
            string().examples(List.of("@1798675200"))),
    SUNSET("Sunset", "Sunset", "The day after which this operation may be removed (RFC 8594, an HTTP date)",
            string().examples(List.of("Wed, 30 Jun 2027 00:00:00 GMT")));

    final String component;
    final String name;
    private final String description;
    private final Schema schema;

    StandardHeader(String component, String name, String description, Schema schema) {
        this.component = component;
        this.name = name;
        this.description = description;
        this.schema = schema;
    }

    Header definition() {
        return OASFactory.createHeader().description(description).schema(schema).style(Header.Style.SIMPLE);
    }

    Header reference() {
        return OASFactory.createHeader().ref(component);
    }

    static Optional<StandardHeader> named(String name) {
        return Stream.of(values()).filter(h -> h.name.equalsIgnoreCase(name)).findFirst();
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
