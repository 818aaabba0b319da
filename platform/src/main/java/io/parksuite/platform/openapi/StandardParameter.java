package io.parksuite.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The request parameters every API shares, declared once under {@code components.parameters}:
 * paging, the change feed, optimistic locking and idempotent retries. The platform's bean
 * parameters point at them ({@code @Parameter(ref = …)}); {@link ContractFilter} replaces the
 * inline header parameters of the same name with references.
 */
public enum StandardParameter {

    PAGE(Ref.PAGE, Parameter.In.QUERY, "page", "Page number, starting at 0",
            integer(0, 1_000_000).defaultValue(0)),
    PAGE_SIZE(Ref.PAGE_SIZE, Parameter.In.QUERY, "size", "Items per page, 1 to 200",
            integer(1, 200).defaultValue(20)),
    CHANGE_CURSOR(Ref.CHANGE_CURSOR, Parameter.In.QUERY, "cursor",
            "nextCursor of the previous read; absent on the first read", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).maxLength(200)),
    UPDATED_SINCE(Ref.UPDATED_SINCE, Parameter.In.QUERY, "updatedSince",
            "Start after this instant (ISO-8601); only on a first read without a cursor", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).format("date-time")),
    CHANGE_SIZE(Ref.CHANGE_SIZE, Parameter.In.QUERY, "size", "Changes per read, 1 to 200 (default 100)",
            integer(1, 200).defaultValue(100)),
    IF_MATCH(Ref.IF_MATCH, Parameter.In.HEADER, "If-Match",
            "The ETag of the version read: the change applies only to that version", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).examples(List.of("\"3\""))),
    IDEMPOTENCY_KEY(Ref.IDEMPOTENCY_KEY, Parameter.In.HEADER, "Idempotency-Key",
            "A key unique to this write (e.g. a UUID): a retry with the same key and body returns the first answer",
            OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255));

    /** The component names, for {@code @Parameter(ref = …)}. */
    public static final class Ref {
        public static final String PAGE = "Page";
        public static final String PAGE_SIZE = "PageSize";
        public static final String CHANGE_CURSOR = "ChangeCursor";
        public static final String UPDATED_SINCE = "UpdatedSince";
        public static final String CHANGE_SIZE = "ChangeSize";
        public static final String IF_MATCH = "IfMatch";
        public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

        private Ref() {
        }
    }

    final String component;
    private final Parameter.In in;
    private final String name;
    private final String description;
    private final Schema schema;

    StandardParameter(String component, Parameter.In in, String name, String description, Schema schema) {
        this.component = component;
        this.in = in;
        this.name = name;
        this.description = description;
        this.schema = schema;
    }

    /** If-Match is required where it is read: a change without it is refused (428). */
    Parameter definition() {
        return OASFactory.createParameter().name(name).in(in).description(description).schema(schema)
                .required(this == IF_MATCH);
    }

    Parameter reference() {
        return OASFactory.createParameter().ref(component);
    }

    /** The header parameter an inline declaration stands for, if it is a standard one. */
    static Optional<StandardParameter> header(Parameter parameter) {
        return Stream.of(IF_MATCH, IDEMPOTENCY_KEY)
                .filter(p -> parameter.getIn() == Parameter.In.HEADER && p.name.equalsIgnoreCase(parameter.getName()))
                .findFirst();
    }

    /** Whether a parameter, inline or a reference to a standard one, is read from the query string. */
    static boolean inQuery(Parameter parameter) {
        if (parameter.getRef() == null) {
            return parameter.getIn() == Parameter.In.QUERY;
        }
        return Stream.of(values()).anyMatch(p -> p.in == Parameter.In.QUERY && parameter.getRef().endsWith("/" + p.component));
    }

    private static Schema integer(int minimum, int maximum) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
