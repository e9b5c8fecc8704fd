package asean.review.registry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import asean.review.contract.api.Completeness;
import asean.review.contract.api.Completeness.MinistryStatus;
import asean.review.contract.api.Completeness.Status;
import asean.review.contract.api.ReviewState;
import asean.review.registry.service.CompletenessCalculator.Version;

class CompletenessCalculatorTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2024-12-10");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Midnight at the end of the deadline day in Hà Nội (UTC+7). */
    private static final Instant END_OF_DEADLINE_DAY = Instant.parse("2024-12-10T17:00:00Z");

    private static Version version(String ministry, ReviewState state) {
        return new Version(ministry, state);
    }

    private static Completeness completeness(List<String> expected, List<Version> current, List<Version> accepted,
            Map<String, Instant> firstSubmissions) {
        return CompletenessCalculator.completeness(2024, DEADLINE, expected, HANOI, current, accepted,
                ministry -> firstSubmissions.get(ministry));
    }

    private static MinistryStatus status(Completeness completeness, String ministry) {
        return completeness.ministries().stream().filter(s -> s.ministry().equals(ministry)).findFirst().orElseThrow();
    }

    @Test
    void acceptedMinistryIsOnTimeIfItFirstSubmittedBeforeTheEndOfTheDeadlineDayInTheCountrysZone() {
        Completeness completeness = completeness(List.of("MOFA", "MOF"),
                List.of(version("MOFA", ReviewState.ACCEPTED), version("MOF", ReviewState.ACCEPTED)),
                List.of(version("MOFA", ReviewState.ACCEPTED), version("MOF", ReviewState.ACCEPTED)),
                Map.of("MOFA", END_OF_DEADLINE_DAY.minusSeconds(1), "MOF", END_OF_DEADLINE_DAY));

        assertThat(completeness.ministries()).extracting(MinistryStatus::ministry, MinistryStatus::status,
                MinistryStatus::firstSubmittedAt).containsExactly(
                        tuple("MOFA", Status.ON_TIME, END_OF_DEADLINE_DAY.minusSeconds(1)),
                        tuple("MOF", Status.LATE, END_OF_DEADLINE_DAY));
        assertThat(completeness.onTime()).isEqualTo(1);
        assertThat(completeness.late()).isEqualTo(1);
        assertThat(completeness.deadline()).isEqualTo(DEADLINE);
        assertThat(completeness.year()).isEqualTo(2024);
    }

    @Test
    void withNothingAcceptedAReturnedContributionOutweighsOnesPendingReview() {
        Completeness completeness = completeness(List.of("MOFA", "MOF"),
                List.of(version("MOFA", ReviewState.PENDING_REVIEW), version("MOFA", ReviewState.RETURNED),
                        version("MOF", ReviewState.PENDING_REVIEW)),
                List.of(), Map.of("MOFA", END_OF_DEADLINE_DAY.minusSeconds(3600), "MOF", END_OF_DEADLINE_DAY));

        assertThat(status(completeness, "MOFA")).isEqualTo(new MinistryStatus("MOFA", true, Status.RETURNED,
                END_OF_DEADLINE_DAY.minusSeconds(3600), 2, 0, 1, 1));
        assertThat(status(completeness, "MOF")).isEqualTo(new MinistryStatus("MOF", true, Status.PENDING_REVIEW,
                END_OF_DEADLINE_DAY, 1, 0, 1, 0));
        assertThat(completeness.returned()).isEqualTo(1);
        assertThat(completeness.pendingReview()).isEqualTo(1);
    }

    @Test
    void anAreaAcceptedOnceAndAmendedSinceCountsAsAcceptedAndPending() {
        Completeness completeness = completeness(List.of("MOFA"),
                List.of(version("MOFA", ReviewState.PENDING_REVIEW), version("MOFA", ReviewState.ACCEPTED)),
                List.of(version("MOFA", ReviewState.ACCEPTED), version("MOFA", ReviewState.ACCEPTED)),
                Map.of("MOFA", END_OF_DEADLINE_DAY.minusSeconds(60)));

        assertThat(status(completeness, "MOFA")).isEqualTo(new MinistryStatus("MOFA", true, Status.ON_TIME,
                END_OF_DEADLINE_DAY.minusSeconds(60), 2, 2, 1, 0));
    }

    @Test
    void expectedMinistryWithoutAContributionIsMissingAndNotAskedWhenItSubmitted() {
        List<String> asked = new ArrayList<>();
        Completeness completeness = CompletenessCalculator.completeness(2024, DEADLINE, List.of("MOET", "MOFA"),
                HANOI, List.of(version("MOFA", ReviewState.ACCEPTED)), List.of(version("MOFA", ReviewState.ACCEPTED)),
                ministry -> {
                    asked.add(ministry);
                    return END_OF_DEADLINE_DAY.minusSeconds(60);
                });

        assertThat(status(completeness, "MOET")).isEqualTo(new MinistryStatus("MOET", true, Status.MISSING, null,
                0, 0, 0, 0));
        assertThat(completeness.missing()).isEqualTo(1);
        assertThat(asked).containsExactly("MOFA");
    }

    @Test
    void ministriesThatReportedUnaskedAreListedAfterTheExpectedOnesAndNotCounted() {
        Completeness completeness = completeness(List.of("MOFA", "MOET"),
                List.of(version("MOH", ReviewState.ACCEPTED), version("MOFA", ReviewState.ACCEPTED),
                        version("SBV", ReviewState.RETURNED)),
                List.of(version("MOH", ReviewState.ACCEPTED), version("MOFA", ReviewState.ACCEPTED)),
                Map.of("MOH", END_OF_DEADLINE_DAY.minusSeconds(60), "MOFA", END_OF_DEADLINE_DAY.plusSeconds(60),
                        "SBV", END_OF_DEADLINE_DAY.minusSeconds(60)));

        assertThat(completeness.ministries()).extracting(MinistryStatus::ministry, MinistryStatus::expected,
                MinistryStatus::status).containsExactly(
                        tuple("MOFA", true, Status.LATE),
                        tuple("MOET", true, Status.MISSING),
                        tuple("MOH", false, Status.ON_TIME),
                        tuple("SBV", false, Status.RETURNED));
        assertThat(completeness).extracting(Completeness::expected, Completeness::onTime, Completeness::late,
                Completeness::pendingReview, Completeness::returned, Completeness::missing)
                .containsExactly(2, 0, 1, 0, 0, 1);
    }
}
