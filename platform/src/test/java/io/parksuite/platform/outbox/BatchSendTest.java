package io.parksuite.platform.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSendTest {

    @Test
    void recordsKafkaCanNeverAcceptArePermanentFailuresAndOutagesAreNot() {
        assertTrue(new BatchSend.Outcome(3, new RecordTooLargeException("too large")).permanentFailure());
        assertTrue(new BatchSend.Outcome(0, new ExecutionException(new InvalidRecordException("bad"))).permanentFailure());
        assertTrue(new BatchSend.Outcome(0, new SerializationException("cannot")).permanentFailure());

        assertFalse(new BatchSend.Outcome(0, new TimeoutException("metadata")).permanentFailure());
        assertFalse(new BatchSend.Outcome(0, new NetworkException("down")).permanentFailure());
        assertFalse(new BatchSend.Outcome(5, null).permanentFailure());
    }
}
