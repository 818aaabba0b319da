package io.parksuite.platform.inbox;

/**
 * A record that can never be processed (unparseable, unknown type, fails its schema, rejected by
 * the handler): it is dead-lettered with this message as the reason, and the stream moves on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
