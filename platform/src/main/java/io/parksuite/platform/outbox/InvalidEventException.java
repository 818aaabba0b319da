package io.parksuite.platform.outbox;

import java.util.List;

/** An event its type's JSON Schema does not allow (or a type without a schema): never recorded. */
public class InvalidEventException extends IllegalStateException {

    public InvalidEventException(String eventType, List<String> violations) {
        super("Event " + eventType + " breaks its contract: " + String.join("; ", violations));
    }
}
