package io.parksuite.platform.inbox;

/** Sorts dead-lettered records into a few reasons, the tag of the dead-letter counter. */
final class PoisonReasons {

    private PoisonReasons() {
    }

    static String of(PoisonEventException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Not a CloudEvents") || message.startsWith("Not a Kafka record")
                || message.startsWith("ce_time")) {
            return "envelope";
        }
        if (message.startsWith("Not from the topic's owner")) {
            return "source";
        }
        if (message.startsWith("Unknown event type")) {
            return "unknown-type";
        }
        if (message.startsWith("Payload is not JSON") || message.startsWith("Payload is empty")) {
            return "unparseable";
        }
        if (message.startsWith("Payload fails the schema")) {
            return "schema";
        }
        return "handler";
    }
}
