package asean.review.contract.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.ReviewDecision;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The request examples of the OpenAPI documents are bodies the API takes: each reads as its record, strictly. */
class RequestExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyExampleReadsAsTheBodyItShows() throws IOException {
        assertThat(read("contribution", new TypeReference<Contribution>() { }).ministry()).isEqualTo("MOH");
        assertThat(read("past-year", new TypeReference<List<Contribution>>() { })).hasSize(1);
        assertThat(read("cycle", new TypeReference<Cycle>() { }).deadline()).isNotNull();
        assertThat(read("review-accept", new TypeReference<ReviewDecision>() { }).decision())
                .isEqualTo(ReviewDecision.Decision.ACCEPT);
        assertThat(read("review-return", new TypeReference<ReviewDecision>() { }).message()).isNotBlank();
        assertThat(ApiDocumentFilter.REQUEST_EXAMPLES)
                .containsExactlyInAnyOrder("contribution", "past-year", "cycle", "review-accept", "review-return");
    }

    private static <T> T read(String name, TypeReference<T> type) throws IOException {
        try (InputStream in = RequestExamplesTest.class.getResourceAsStream("/openapi/examples/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return STRICT.readValue(in, type);
        }
    }
}
