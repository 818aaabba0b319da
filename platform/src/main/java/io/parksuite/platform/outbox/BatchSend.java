package io.parksuite.platform.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one batch of records in order and reports how far it got: the number of records, from the
 * first, that Kafka acknowledged, and the failure that stopped it. Sending stops at the first
 * failure seen (the producer's own checks fail a record at once; the broker's answers arrive in
 * a callback), so a failing batch does not go on queueing records that must be sent again.
 */
final class BatchSend {

    /** How far a batch got: {@code acknowledged} records from the first; {@code failure} stopped the next one. */
    record Outcome(int acknowledged, Throwable failure) {

        /** Whether the record after the acknowledged ones can never be sent, whatever the retries. */
        boolean permanentFailure() {
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException
                        || cause instanceof SerializationException) {
                    return true;
                }
            }
            return false;
        }
    }

    private BatchSend() {
    }

    static Outcome send(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
                        Duration ackTimeout) throws InterruptedException {
        AtomicReference<Exception> asyncFailure = new AtomicReference<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        Throwable stopped = null;
        for (ProducerRecord<String, byte[]> record : records) {
            if (asyncFailure.get() != null) {
                break;
            }
            try {
                Future<RecordMetadata> ack = producer.send(record, (metadata, error) -> {
                    if (error != null) {
                        asyncFailure.compareAndSet(null, error);
                    }
                });
                acks.add(ack);
                if (ack.isDone() && failed(ack)) {
                    break;
                }
            } catch (KafkaException e) {
                stopped = e;
                break;
            }
        }
        producer.flush();
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                return new Outcome(acknowledged, e.getCause());
            } catch (TimeoutException e) {
                return new Outcome(acknowledged, e);
            }
        }
        return new Outcome(acknowledged, stopped);
    }

    private static boolean failed(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
