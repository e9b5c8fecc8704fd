package asean.review.stack.load;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Topics;
import asean.review.infra.Processes;

/**
 * How fast the registry works off a backlog: with its process stopped (SIGSTOP), {@code records} valid events go
 * straight into {@code contributions.submitted} as ingest would publish them; the registry is let go on (SIGCONT)
 * and timed until its database has processed them all.
 */
public final class RegistryDrain {

    private RegistryDrain() {
    }

    /** What a drain gave: records processed (of those asked), of them rejected, and the seconds it took. */
    public record Result(long records, long processed, long rejected, double seconds) {

        public double recordsPerSecond() {
            return processed / seconds;
        }
    }

    public static Result run(long registryPid, String bootstrapServers, RegistryDatabase registry,
            SubmittedEvents events, int records, Duration timeout) throws SQLException {
        List<ContributionSubmitted> backlog = IntStream.range(0, records).mapToObj(events::event).toList();
        if (registryPid <= 0) {
            throw new IllegalStateException("the registry is not running (pid " + registryPid + ")");
        }
        long processedBefore = registry.processed();
        long rejectedBefore = registry.rejected();
        Processes.signal(registryPid, "STOP");
        long started;
        try (KafkaProducer<String, ContributionSubmitted> producer = SubmittedEvents.producer(bootstrapServers)) {
            for (ContributionSubmitted event : backlog) {
                producer.send(new ProducerRecord<>(Topics.SUBMITTED, event.contribution().key(), event));
            }
            producer.flush();
        } finally {
            Processes.signal(registryPid, "CONT");
            started = System.nanoTime();
        }
        long processed = registry.awaitProcessed(processedBefore + records, timeout) - processedBefore;
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(records, processed, registry.rejected() - rejectedBefore, seconds);
    }
}
