package asean.review.registry.messaging;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A record of the dead-letter topic, with what SmallRye's dead-letter queue wrote in its headers: the reason
 * (the failure's message), the cause (its cause's message, if any) and where the record was consumed from.
 * The record's timestamp is when it was dead-lettered.
 */
public record DeadLetter(int partition, long offset, String key, String payload, Instant deadLetteredAt,
        String reason, String cause, String originalTopic, Integer originalPartition, Long originalOffset) {

    public static final Comparator<DeadLetter> OLDEST_FIRST = Comparator.comparing(DeadLetter::deadLetteredAt)
            .thenComparingInt(DeadLetter::partition)
            .thenComparingLong(DeadLetter::offset);

    public static DeadLetter of(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String partition = header(headers, DEAD_LETTER_PARTITION);
        String offset = header(headers, DEAD_LETTER_OFFSET);
        return new DeadLetter(record.partition(), record.offset(), record.key(), record.value(),
                Instant.ofEpochMilli(record.timestamp()), header(headers, DEAD_LETTER_REASON),
                header(headers, DEAD_LETTER_CAUSE), header(headers, DEAD_LETTER_TOPIC),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
