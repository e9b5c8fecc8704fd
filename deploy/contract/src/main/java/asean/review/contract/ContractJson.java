package asean.review.contract;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.common.serialization.Serializer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wire form of {@link ContributionSubmitted}: the one mapper both producer and consumer use,
 * strict on read so that a field one side does not know fails loudly instead of being dropped.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ContractJson() {
    }

    public static byte[] write(ContributionSubmitted event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an event; throws {@link IOException} with Jackson's description when the record does not fit. */
    public static ContributionSubmitted read(String json) throws IOException {
        return MAPPER.readValue(json, ContributionSubmitted.class);
    }

    /** The Kafka serializer ingest publishes with. */
    public static class EventSerializer implements Serializer<ContributionSubmitted> {
        @Override
        public byte[] serialize(String topic, ContributionSubmitted event) {
            return event == null ? null : write(event);
        }
    }
}
