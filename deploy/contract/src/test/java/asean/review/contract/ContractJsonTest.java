package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ContractJsonTest {

    static String example() throws IOException {
        try (InputStream in = ContractJsonTest.class.getResourceAsStream("/contract/contribution-submitted.example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void exampleEventRoundTripsWithoutLosingAnyField() throws IOException {
        String json = example();
        ContributionSubmitted event = ContractJson.read(json);

        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(ContractJson.write(event))).isEqualTo(plain.readTree(json));
        assertThat(event.contribution().summary()).contains("Đỗ Hùng Việt");
        assertThat(event.contribution().key()).isEqualTo("2024:MOIT:PARTNER:EU");
    }

    @Test
    void unknownFieldIsRefusedInsteadOfDropped() throws IOException {
        String json = example().replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"surprise\": true,");
        assertThatThrownBy(() -> ContractJson.read(json)).hasMessageContaining("surprise");
    }

    @Test
    void missingListsBecomeEmptyAndLanguageDefaultsToEnglish() {
        Contribution c = new Contribution(2024, "MOF", "AEC", "CUSTOMS", null, "s", null, null, null, null, null, null,
                null, null);
        assertThat(c.outcomes()).isEmpty();
        assertThat(c.nextYear().plannedEvents()).isEmpty();
        assertThat(c.language()).isEqualTo("en");
    }
}
