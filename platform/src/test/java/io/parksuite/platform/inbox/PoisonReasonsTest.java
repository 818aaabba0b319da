package io.parksuite.platform.inbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoisonReasonsTest {

    @Test
    void deadLetteredRecordsAreSortedByWhatWasWrongWithThem() {
        assertEquals("envelope", PoisonReasons.of(new PoisonEventException(
                "Not a CloudEvents 1.0 binary-mode record (ce_specversion, ce_id, ce_type required)")));
        assertEquals("unknown-type", PoisonReasons.of(new PoisonEventException("Unknown event type x.v1")));
        assertEquals("unparseable", PoisonReasons.of(new PoisonEventException("Payload is not JSON: x")));
        assertEquals("schema", PoisonReasons.of(new PoisonEventException("Payload fails the schema of t: a")));
        assertEquals("handler", PoisonReasons.of(new PoisonEventException("Handler failed: boom")));
    }
}
