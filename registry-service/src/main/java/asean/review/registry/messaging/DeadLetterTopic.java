package asean.review.registry.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;

import asean.review.registry.config.DeadLetterConfig;
import io.smallrye.common.annotation.Identifier;

/**
 * Reads the dead-letter topic with a consumer of its own: all partitions assigned, no consumer group, nothing
 * committed, only committed records, and never longer than the configured read timeout.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafka;
    private final DeadLetterConfig config;

    public DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka, DeadLetterConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Every record from the beginning of each partition to its end as it was when reading began, oldest first. */
    public List<DeadLetter> readAll() {
        Deadline deadline = new Deadline(config.readTimeout());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, deadline.remaining());
            List<DeadLetter> letters = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p, deadline.remaining()) < end.get(p))) {
                deadline.check();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(DeadLetter.of(record));
                    }
                }
            }
            letters.sort(DeadLetter.OLDEST_FIRST);
            return letters;
        }
    }

    /** The record at that partition and offset; empty when the topic has no such partition or record. */
    public Optional<DeadLetter> read(int partition, long offset) {
        Deadline deadline = new Deadline(config.readTimeout());
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(config.topic(), partition);
            if (!partitions(consumer, deadline).contains(tp)) {
                return Optional.empty();
            }
            List<TopicPartition> assigned = List.of(tp);
            consumer.assign(assigned);
            long begin = consumer.beginningOffsets(assigned, deadline.remaining()).get(tp);
            long end = consumer.endOffsets(assigned, deadline.remaining()).get(tp);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            while (consumer.position(tp, deadline.remaining()) <= offset) {
                deadline.check();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL).records(tp)) {
                    return record.offset() == offset ? Optional.of(DeadLetter.of(record)) : Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Deadline deadline) {
        return consumer.partitionsFor(config.topic(), deadline.remaining()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    private final class Deadline {

        private final long end;

        Deadline(Duration timeout) {
            this.end = System.nanoTime() + timeout.toNanos();
        }

        Duration remaining() {
            check();
            return Duration.ofNanos(end - System.nanoTime());
        }

        void check() {
            if (System.nanoTime() >= end) {
                throw new TimeoutException("could not read " + config.topic() + " within " + config.readTimeout());
            }
        }
    }
}
