package asean.review.stack.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import asean.review.contract.ContributionSubmitted;
import asean.review.infra.LocalKafka;

/**
 * What the stack's broker takes from one bare producer at acks=all with idempotence: events of the real size, sent
 * without waiting for each ack, into a scratch topic with as many partitions as {@code contributions.submitted}.
 */
public final class KafkaCeiling {

    static final String TOPIC = "load-benchmark.ceiling";

    private KafkaCeiling() {
    }

    /** Acknowledged records a second over {@code duration}, after {@code warmUp} of the same. */
    public static double recordsPerSecond(String bootstrapServers, SubmittedEvents events, Duration warmUp,
            Duration duration) {
        LocalKafka.createTopic(bootstrapServers, TOPIC, 3, Map.of());
        // Made beforehand, so that the producer, not the making of events, is measured.
        List<ContributionSubmitted> made = IntStream.range(0, 1_000).mapToObj(events::event).toList();
        try (KafkaProducer<String, ContributionSubmitted> producer = SubmittedEvents.producer(bootstrapServers)) {
            send(producer, made, warmUp);
            long started = System.nanoTime();
            long acked = send(producer, made, duration);
            return acked / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static long send(KafkaProducer<String, ContributionSubmitted> producer, List<ContributionSubmitted> events,
            Duration duration) {
        AtomicLong acked = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        for (int n = 0; System.nanoTime() < until; n++) {
            ContributionSubmitted event = events.get(n % events.size());
            producer.send(new ProducerRecord<>(TOPIC, event.contribution().key(), event), (metadata, failure) -> {
                if (failure == null) {
                    acked.incrementAndGet();
                }
            });
        }
        producer.flush();
        return acked.get();
    }
}
