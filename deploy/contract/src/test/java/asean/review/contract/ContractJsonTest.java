package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.api.Cycle;

class ContractJsonTest {

    static String example() throws IOException {
        return resource("/contract/contribution-submitted.example.json");
    }

    static String onBehalfExample() throws IOException {
        return resource("/contract/contribution-submitted-on-behalf.example.json");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ContractJsonTest.class.getResourceAsStream(path)) {
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
    void onBehalfExampleRoundTripsWithTheOfficeAsWhoEnteredItForTheMinistry() throws IOException {
        String json = onBehalfExample();
        ContributionSubmitted event = ContractJson.read(json);

        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(ContractJson.write(event))).isEqualTo(plain.readTree(json));
        assertThat(event.submitter()).isEqualTo(Submitter.onBehalfOf("MOH", "coordinator@office"));
        assertThat(event.submitter().ministry()).isEqualTo(event.contribution().ministry());
    }

    /** The events already in Kafka (schema 2 without the field) were each entered by the ministry itself. */
    @Test
    void anEventWithoutOnBehalfWasTheMinistrysOwnAndItsOwnAreWrittenWithoutIt() throws IOException {
        ContributionSubmitted event = ContractJson.read(example());
        assertThat(event.submitter()).isEqualTo(new Submitter("officer@moit", "MOIT"));
        assertThat(event.submitter().onBehalf()).isFalse();
        assertThat(new ObjectMapper().readTree(ContractJson.write(event)).get("submitter").has("onBehalf"))
                .as("a ministry's own submission keeps the wire form a registry without the field reads").isFalse();
    }

    @Test
    void unknownFieldIsRefusedInsteadOfDropped() throws IOException {
        String json = example().replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"surprise\": true,");
        assertThatThrownBy(() -> ContractJson.read(json)).hasMessageContaining("surprise");
    }

    @Test
    void serializerPublishesTheWireFormAndNothingForNoEvent() throws IOException {
        ContributionSubmitted event = ContractJson.read(example());
        try (ContractJson.EventSerializer serializer = new ContractJson.EventSerializer()) {
            assertThat(serializer.serialize("contributions.submitted", event)).isEqualTo(ContractJson.write(event));
            assertThat(serializer.serialize("contributions.submitted", null)).isNull();
        }
    }

    @Test
    void newEventsAreOfTheCurrentSchema() throws IOException {
        ContributionSubmitted example = ContractJson.read(example());
        ContributionSubmitted event = ContributionSubmitted.of(example.submissionId(), example.submittedAt(),
                example.submitter(), example.contribution());
        assertThat(event.schemaVersion()).isEqualTo(ContributionSubmitted.SCHEMA_VERSION).isEqualTo(2);
        assertThat(event).isEqualTo(example);
    }

    @Test
    void aCycleWithoutFactsHasAnEmptyList() {
        assertThat(new Cycle(2025, null, null, null, null, LocalDate.parse("2025-12-10"), List.of("MOFA"), null)
                .facts()).isEmpty();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper CYCLES =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(
                    new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    @Test
    void aCycleReadWithoutReminderDaysRemindsFourteenSevenAndOneDayBefore() throws IOException {
        Cycle cycle = CYCLES.readValue("{\"deadline\": \"2025-12-10\", \"expectedMinistries\": []}",
                Cycle.class);
        assertThat(cycle.reminderDays()).containsExactly(14, 7, 1);
        assertThat(CYCLES.readValue("{\"deadline\": \"2025-12-10\", \"expectedMinistries\": [],"
                + " \"reminderDays\": [3]}", Cycle.class).reminderDays()).containsExactly(3);
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
