package asean.review.contract.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of the dead-letter topic: where it lies there ({@code partition}, {@code offset}), why it was
 * dead-lettered and when, where it came from, the submission it carries if readable, the payload as it was,
 * and its replay (null while not replayed).
 */
public record DeadLetterEntry(int partition, long offset, String key, Instant deadLetteredAt, String reason,
        String cause, Origin origin, UUID submissionId, String payload, Replay replay) {

    /** The record's place in the topic it was consumed from; null fields when the headers do not say. */
    public record Origin(String topic, Integer partition, Long offset) {
    }
}
