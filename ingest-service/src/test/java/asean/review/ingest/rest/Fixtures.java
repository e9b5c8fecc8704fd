package asean.review.ingest.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A valid contribution (MOF, CUSTOMS, 2024) to change field by field. */
    static ObjectNode contribution() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/contribution.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
