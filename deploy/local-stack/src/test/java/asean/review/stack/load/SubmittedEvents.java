package asean.review.stack.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.ContractJson;
import asean.review.contract.Contribution;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Submitter;

/** The events ingest would publish for {@link Ingest}'s contributions, and a producer configured as ingest's is. */
public final class SubmittedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ingest ingest;

    public SubmittedEvents(Ingest ingest) {
        this.ingest = ingest;
    }

    /** Event {@code n}: contribution {@code n}, a submission id of its own, its ministry's officer as submitter. */
    public ContributionSubmitted event(int n) {
        try {
            Contribution contribution = JSON.readValue(ingest.contribution(n), Contribution.class);
            return ContributionSubmitted.of(UUID.randomUUID(), Instant.now(),
                    new Submitter("officer@" + contribution.ministry().toLowerCase(), contribution.ministry()),
                    contribution);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many bytes an event is on the wire. */
    public static int size(ContributionSubmitted event) {
        return ContractJson.write(event).length;
    }

    /** The contribution as the registry keeps it (its JSON, in {@code contribution_version.content}). */
    public static String contentOf(ContributionSubmitted event) {
        try {
            return JSON.writeValueAsString(event.contribution());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A producer as ingest's: acks=all, idempotent, the contract's serializer. */
    public static KafkaProducer<String, ContributionSubmitted> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ContractJson.EventSerializer());
    }
}
