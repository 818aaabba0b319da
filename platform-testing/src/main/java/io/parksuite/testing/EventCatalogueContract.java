package io.parksuite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.parksuite.platform.audit.AuditChain;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The event types a service's code publishes and consumes are exactly the ones the AsyncAPI
 * document ({@code contracts/asyncapi.yaml}) lists for it: its {@code send} and {@code receive}
 * operations, by {@code x-parksuite-services}. A service publishes the types named by the String
 * constants of its producer classes ({@code messaging/*Events}) and the audit chain's head; it
 * consumes the types in the {@code TYPES} set of each {@code messaging/*Consumer}. A service's
 * test extends this class and names its base package and service.
 */
public abstract class EventCatalogueContract {

    private static final Pattern EVENT_TYPE = Pattern.compile("parksuite\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
    private static final String DOCUMENT = "contracts/asyncapi.yaml";

    /** The service's base package, e.g. {@code io.parksuite.approval}. */
    protected abstract String basePackage();

    /** The service's name as the document uses it, e.g. {@code approval-service}. */
    protected abstract String serviceName();

    @Test
    void theTypesTheCodePublishesAreTheOnesTheDocumentSaysItSends() {
        Set<String> published = typesIn("Events", false);
        published.add(AuditChain.HEAD_TYPE);
        assertEquals(documented("send"), published,
                "event types " + serviceName() + " publishes (left: " + DOCUMENT + ", right: its code)");
    }

    @Test
    void theTypesTheCodeConsumesAreTheOnesTheDocumentSaysItReceives() {
        assertEquals(documented("receive"), typesIn("Consumer", true),
                "event types " + serviceName() + " consumes (left: " + DOCUMENT + ", right: its code)");
    }

    private Set<String> typesIn(String classNameSuffix, boolean typesSetOnly) {
        Set<String> types = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage() + ".messaging")) {
            if (javaClass.isTopLevelClass() && javaClass.getSimpleName().endsWith(classNameSuffix)) {
                for (Field field : javaClass.reflect().getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                            && (!typesSetOnly || field.getName().equals("TYPES"))) {
                        collect(value(field), types);
                    }
                }
            }
        }
        return types;
    }

    private static Object value(Field field) {
        try {
            field.setAccessible(true);
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static void collect(Object value, Set<String> types) {
        if (value instanceof String text && EVENT_TYPE.matcher(text).matches()) {
            types.add(text);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, types));
        }
    }

    /** The message names of the document's operations of {@code action} that name this service. */
    private Set<String> documented(String action) {
        JsonNode document = document();
        Set<String> types = new TreeSet<>();
        for (JsonNode operation : document.path("operations")) {
            boolean ours = false;
            for (JsonNode service : operation.path("x-parksuite-services")) {
                ours |= service.asText().equals(serviceName());
            }
            if (ours && operation.path("action").asText().equals(action)) {
                for (JsonNode message : operation.path("messages")) {
                    JsonNode channelMessage = resolve(document, message);
                    types.add(resolve(document, channelMessage).path("name").asText());
                }
            }
        }
        return types;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    private static JsonNode document() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath (the contracts jar)");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
