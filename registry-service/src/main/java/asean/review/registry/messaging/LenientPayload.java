package asean.review.registry.messaging;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What can be read from a record that may not fit the contract: its submissionId and the contribution it is
 * about, each null when absent or unreadable.
 */
public record LenientPayload(UUID submissionId, Integer year, String ministry, String area) {

    private static final ObjectMapper LENIENT = new ObjectMapper();
    private static final LenientPayload UNREADABLE = new LenientPayload(null, null, null, null);

    public static LenientPayload read(String payload) {
        if (payload == null) {
            return UNREADABLE;
        }
        try {
            JsonNode event = LENIENT.readTree(payload);
            if (event == null || !event.isObject()) {
                return UNREADABLE;
            }
            JsonNode contribution = event.path("contribution");
            return new LenientPayload(uuid(event.path("submissionId")),
                    contribution.path("year").isInt() ? contribution.path("year").asInt() : null,
                    text(contribution.path("ministry")), text(contribution.path("area")));
        } catch (IOException e) {
            return UNREADABLE;
        }
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
