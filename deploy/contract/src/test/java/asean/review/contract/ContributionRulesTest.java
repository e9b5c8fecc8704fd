package asean.review.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;

import asean.review.contract.Problem.FieldError;

class ContributionRulesTest {

    private final ContributionRules rules = new ContributionRules(ReferenceDataLoader.loadDefaults(),
            Validation.buildDefaultValidatorFactory().getValidator(), "http://registry");

    private static Contribution contribution(int year, String ministry, String area, String areaName) {
        return new Contribution(year, ministry, "AEC", area, areaName, "summary", null, null, null, null, null, null,
                null, null);
    }

    @Test
    void currentMinistryAndKnownAreaPass() {
        assertThat(rules.check(contribution(2025, "MAE", "AEM", null))).isEmpty();
    }

    @Test
    void ministryMergedIn2025IsValidForEarlierYearsOnly() {
        assertThat(rules.check(contribution(2022, "MPI", "AEM", null))).isEmpty();
        assertThat(rules.check(contribution(2026, "MPI", "AEM", null)))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'MPI' did not exist in 2026",
                        "http://registry/api/v1/reference/ministries?year=2026"));
    }

    @Test
    void ministryCreatedIn2025IsRefusedFor2024() {
        assertThat(rules.check(contribution(2024, "MAE", "AEM", null))).extracting(FieldError::field)
                .containsExactly("ministry");
    }

    @Test
    void unknownCodesAreNamedWithWhereTheValidOnesAre() {
        List<FieldError> violations = rules.check(contribution(2024, "XYZ", "NOPE", null));
        assertThat(violations).extracting(FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("'XYZ'", "/api/v1/reference/ministries?year=2024"))
                .anySatisfy(m -> assertThat(m).contains("'NOPE'", "/api/v1/reference/areas"));
    }

    @Test
    void otherAreaRequiresAName() {
        assertThat(rules.check(contribution(2024, "MOH", "OTHER", " "))).extracting(FieldError::field)
                .containsExactly("areaName");
        assertThat(rules.check(contribution(2024, "MOH", "OTHER", "Mekong-Lancang"))).isEmpty();
    }

    @Test
    void yearsFrom2000To2100AreAccepted() {
        assertThat(rules.check(contribution(2000, "MOFA", "AEM", null))).isEmpty();
        assertThat(rules.check(contribution(2100, "MOFA", "AEM", null))).isEmpty();
    }

    @Test
    void yearBefore2000IsRefusedNamingTheYear() {
        assertThat(rules.check(contribution(1999, "MOFA", "AEM", null))).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("year"));
    }

    @Test
    void yearAfter2100IsRefusedNamingTheYear() {
        assertThat(rules.check(contribution(2101, "MOFA", "AEM", null))).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("year"));
    }

    @Test
    void everyFailingFieldIsNamedOnce() {
        Contribution bad = new Contribution(1999, "", "SPACE", "AEM", null, "",
                List.of("ok"), List.of(new Contribution.Role("m", "EMPEROR", null, null)),
                List.of(new Contribution.Event("e", "2024-02-30", null, "HUGE")),
                List.of(new Contribution.Initiative("t", "DREAMED", null)), null, null, null, "not a tag!");
        assertThat(rules.check(bad)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "year", "ministry", "pillar", "summary", "roles[0].role", "eventsHosted[0].date",
                "eventsHosted[0].level", "initiatives[0].status", "language");
    }

    @Test
    void aMissingContributionIsOneError() {
        assertThat(rules.check(null)).containsExactly(new FieldError("", "a contribution is required"));
    }

    @Test
    void brokenRulesAreListedByFieldThenMessage() {
        String tooLongWithControl = "\u0000" + "x".repeat(Contribution.Limits.SUMMARY);
        Contribution bad = new Contribution(1999, "MOFA", "AEC", "NOPE", null, tooLongWithControl, null, null, null,
                null, null, null, null, null);
        List<FieldError> errors = rules.check(bad);
        assertThat(errors).extracting(FieldError::field).containsExactly("area", "summary", "summary", "year");
        assertThat(errors).isSortedAccordingTo(Comparator.comparing(FieldError::field)
                .thenComparing(FieldError::message));
    }

    @Test
    void controlCharactersInAnyTextAreRefused() {
        Contribution bad = new Contribution(2024, "MOFA", "APSC", "SOM", null, "ok", List.of("fine", "bell\u0007"),
                null, null, null, null, null, null, null);
        assertThat(rules.check(bad)).extracting(FieldError::field).containsExactly("outcomes[1].<list element>");
    }

    @Test
    void monthAndDayDatesAreAccepted() {
        assertThat(IsoDateOrMonth.Validator.isDateOrMonth("2025-02")).isTrue();
        assertThat(IsoDateOrMonth.Validator.isDateOrMonth("2024-12-18")).isTrue();
        assertThat(IsoDateOrMonth.Validator.isDateOrMonth("2024-13")).isFalse();
        assertThat(IsoDateOrMonth.Validator.isDateOrMonth("18/12/2024")).isFalse();
    }

    @Test
    void referenceDataKnowsTheMinistriesOfEachYear() {
        ReferenceData reference = ReferenceDataLoader.loadDefaults();
        assertThat(reference.ministriesIn(2024)).extracting(ReferenceData.Ministry::code)
                .contains("MPI", "MIC", "MOLISA", "CEMA", "MOFA").doesNotContain("MAE", "MEMR");
        assertThat(reference.ministriesIn(2026)).extracting(ReferenceData.Ministry::code)
                .contains("MAE", "MEMR", "MOFA").doesNotContain("MPI", "MIC");
        assertThat(reference.ministry("MOFA").orElseThrow().nameLocal()).isEqualTo("Bộ Ngoại giao");
        assertThat(reference.chair(2024).orElseThrow().country()).isEqualTo("Lao PDR");
    }
}
