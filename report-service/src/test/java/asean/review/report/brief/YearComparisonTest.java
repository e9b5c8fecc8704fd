package asean.review.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.Pillar;
import asean.review.contract.RoleKind;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.ExampleData;
import asean.review.report.brief.Brief.YearOverYear;

/** The 2025 brief compared with the 2024 examples, across the ministries merged on 1 March 2025. */
class YearComparisonTest {

    private static final Instant NOW = Instant.parse("2025-12-18T07:00:00Z");

    @Test
    void aMinistryMergedIntoOneThatReportsDidNotStopReportingButOneWhoseSuccessorIsSilentDid() {
        YearOverYear compared = compare2025With2024(
                contribution("MOST", "ASCC", "AMRI", List.of(), 0),
                contribution("MOFA", "APSC", "SOM", List.of(), 0),
                contribution("MOF", "AEC", "CUSTOMS", List.of(), 0));

        assertThat(compared.noLongerReporting()).extracting(a -> a.then().code(),
                a -> a.now() == null ? null : a.now().code())
                .as("MIC's work is MOST's now, and MOST reported; MOLISA's is MOHA's, which did not")
                .containsExactly(tuple("MND", null), tuple("MOIT", null), tuple("MOJ", null),
                        tuple("MOLISA", "MOHA"), tuple("MPS", null), tuple("SBV", null));
        assertThat(compared.noLongerReporting().get(3).now().name()).isEqualTo("Ministry of Home Affairs");
    }

    @Test
    void leadershipRolesNewOrEndedAreFoundByTheMechanismWhateverItsCaseAndSpacing() {
        YearOverYear compared = compare2025With2024(
                contribution("MOFA", "EXTERNAL", "PARTNER:UK", List.of(
                        new Contribution.Role("ASEAN-UK   Dialogue Relations", "COUNTRY_COORDINATOR", "UK", null),
                        new Contribution.Role("ASEAN-New Zealand dialogue relations", "COUNTRY_COORDINATOR", null,
                                null)), 0),
                contribution("MOST", "ASCC", "ADGMIN", List.of(
                        new Contribution.Role("ASEAN Digital Ministers' Meeting", "CHAIR", null, "2025")), 0),
                contribution("SBV", "AEC", "AFMM", List.of(
                        new Contribution.Role("ASEAN Sustainable Finance Task Force", "CHAIR", null, null)), 0));

        assertThat(compared.newRoles()).extracting(Brief.RoleRow::mechanism, Brief.RoleRow::role, r -> r.ministry().code())
                .as("the co-chair of 2024 chairs in 2025: a role begins")
                .containsExactly(tuple("ASEAN Digital Ministers' Meeting", RoleKind.CHAIR, "MOST"),
                        tuple("ASEAN Sustainable Finance Task Force", RoleKind.CHAIR, "SBV"));
        assertThat(compared.endedRoles()).extracting(Brief.RoleRow::mechanism)
                .containsExactly("ASEAN Customs (Directors-General of Customs)", "ASEAN Sustainable Finance Task Force",
                        "ASEAN-EU economic relations");
    }

    @Test
    void countsPerPillarAndForTheWholeYearAreSideBySide() {
        YearOverYear compared = compare2025With2024(
                contribution("MOFA", "APSC", "SOM", List.of(), 3),
                contribution("MOFA", "EXTERNAL", "PARTNER:UK", List.of(), 0),
                contribution("MOF", "AEC", "CUSTOMS", List.of(), 1));

        assertThat(compared.previousYear()).isEqualTo(2024);
        assertThat(compared.previousRecorded()).isTrue();
        assertThat(compared.contributionsByPillar())
                .extracting(Brief.PillarCount::pillar, Brief.PillarCount::previous, Brief.PillarCount::current)
                .containsExactly(tuple(Pillar.APSC, 4, 1), tuple(Pillar.AEC, 3, 1), tuple(Pillar.ASCC, 2, 0),
                        tuple(Pillar.EXTERNAL, 2, 1), tuple(Pillar.CROSS, 1, 0));
        assertThat(compared.previous()).isEqualTo(new Brief.Tally(9, 12, 5, 2, 1));
        assertThat(compared.current()).isEqualTo(new Brief.Tally(2, 3, 0, 4, 0));
    }

    @Test
    void withNothingRecordedForThePreviousYearTheBriefSaysSo() {
        Brief brief = BriefCompiler.compile(ExampleData.inputs(2024), NOW);

        assertThat(brief.yearOverYear().previousYear()).isEqualTo(2023);
        assertThat(brief.yearOverYear().previousRecorded()).isFalse();
        assertThat(brief.yearOverYear().noLongerReporting()).isEmpty();
    }

    private static YearOverYear compare2025With2024(Contribution... current) {
        List<RegisteredContribution> registered = java.util.Arrays.stream(current).map(c -> ExampleData.accepted(
                UUID.nameUUIDFromBytes(c.key().getBytes()), 1, NOW.minusSeconds(86_400 * 30), c)).toList();
        return BriefCompiler.compile(new BriefInputs(2025, Optional.empty(), Optional.empty(), registered, List.of(),
                ExampleData.reference(), ExampleData.contributions(2024)), NOW).yearOverYear();
    }

    private static Contribution contribution(String ministry, String pillar, String area, List<Contribution.Role> roles,
            int events) {
        List<Contribution.Event> hosted = java.util.stream.IntStream.range(0, events)
                .mapToObj(i -> new Contribution.Event("Meeting " + i, "2025-0" + (i + 1), "Hà Nội", null)).toList();
        return new Contribution(2025, ministry, pillar, area, null, ministry + " reported on " + area + ".", null,
                roles, hosted, null, null, null, null, "en");
    }
}
