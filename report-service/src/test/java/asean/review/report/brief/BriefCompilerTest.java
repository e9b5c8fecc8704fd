package asean.review.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.Pillar;
import asean.review.contract.RoleKind;
import asean.review.contract.api.Completeness.Status;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.ExampleData;
import asean.review.report.brief.Brief.AreaSection;
import asean.review.report.brief.Brief.EventRow;
import asean.review.report.brief.Brief.PillarSection;
import asean.review.report.brief.Brief.RoleRow;
import asean.review.report.brief.Brief.Statement;

class BriefCompilerTest {

    private static final Instant NOW = Instant.parse("2024-12-18T07:00:00Z");

    private static PillarSection pillar(Brief brief, String pillar) {
        return brief.participation().stream().filter(p -> p.pillar() == Pillar.valueOf(pillar)).findFirst()
                .orElseThrow();
    }

    @Test
    void seedArticle2024LandsInEverySection() {
        Brief brief = BriefCompiler.compile(ExampleData.inputs(2024), NOW);

        assertThat(brief.country().nameLocal()).isEqualTo("Việt Nam");
        assertThat(brief.aseanYear().cycleSet()).isTrue();
        assertThat(brief.aseanYear().chair()).isEqualTo("Lao PDR");
        assertThat(brief.aseanYear().theme()).isEqualTo("ASEAN: Advancing Connectivity and Resilience");
        assertThat(brief.aseanYear().facts()).contains("Regional growth forecast: 4.5% in 2024, 4.7% in 2025");

        assertThat(brief.participation()).extracting(PillarSection::pillar).containsExactly(Pillar.values());
        assertThat(pillar(brief, "APSC").areas()).extracting(AreaSection::area)
                .containsExactly("SOM", "ADMM", "AMMTC", "ALAWMM");
        assertThat(pillar(brief, "APSC").areas().get(1).reports().get(0).ministry().code()).isEqualTo("MND");
        assertThat(pillar(brief, "EXTERNAL").areas()).extracting(AreaSection::area)
                .containsExactly("PARTNER:UK", "PARTNER:NZ");

        assertThat(brief.roles()).extracting(RoleRow::mechanism, RoleRow::role, r -> r.ministry().code())
                .contains(
                        tuple("ASEAN-EU economic relations", RoleKind.COUNTRY_COORDINATOR, "MOIT"),
                        tuple("ASEAN Customs (Directors-General of Customs)", RoleKind.CHAIR, "MOF"),
                        tuple("ASEAN Sustainable Finance Task Force", RoleKind.CO_CHAIR, "SBV"),
                        tuple("ASEAN-UK dialogue relations", RoleKind.COUNTRY_COORDINATOR, "MOFA"),
                        tuple("ASEAN-New Zealand dialogue relations", RoleKind.COUNTRY_COORDINATOR, "MOFA"));

        assertThat(brief.events()).extracting(EventRow::date).isSorted();
        assertThat(brief.events()).extracting(e -> e.ministry().code()).containsExactly("MIC", "MOLISA");
        assertThat(brief.orientations().plannedEvents()).singleElement().satisfies(e -> {
            assertThat(e.name()).startsWith("ASEAN Future Forum 2025");
            assertThat(e.date()).isEqualTo("2025-02");
            assertThat(e.ministry().code()).isEqualTo("MOFA");
        });
        assertThat(brief.orientations().priorities()).extracting(Brief.PillarPriorities::pillar)
                .containsExactly(Pillar.EXTERNAL, Pillar.CROSS);
        assertThat(brief.difficulties()).hasSize(3).allSatisfy(s -> assertThat(s.ministry().code()).isEqualTo("MOFA"));
        assertThat(brief.recommendations()).extracting(s -> s.ministry().code()).containsExactly("MIC", "MOFA", "MOFA");
        assertThat(brief.initiatives()).extracting(Brief.InitiativeRow::title).containsExactly("ASEAN Future Forum 2025");
    }

    @Test
    void annexListsExpectedMinistriesWithStatusAndTheVersionsUsed() {
        Brief brief = BriefCompiler.compile(ExampleData.inputs(2024), NOW);

        assertThat(brief.annex().deadline()).hasToString("2024-12-10");
        assertThat(brief.annex().ministries()).extracting(e -> e.ministry().code(), Brief.AnnexEntry::status)
                .contains(tuple("MOFA", Status.ON_TIME), tuple("MOET", Status.MISSING), tuple("MOLISA", Status.ON_TIME));
        Brief.AnnexEntry mofa = brief.annex().ministries().stream()
                .filter(e -> e.ministry().code().equals("MOFA")).findFirst().orElseThrow();
        assertThat(mofa.used()).extracting(Brief.UsedContribution::area)
                .containsExactlyInAnyOrder("SOM", "PARTNER:UK", "PARTNER:NZ", "OTHER (National ASEAN coordination)");
        assertThat(mofa.ministry().name()).isEqualTo("Ministry of Foreign Affairs");
    }

    @Test
    void ministriesAreNamedAsTheyWereThatYear() {
        Brief brief = BriefCompiler.compile(ExampleData.inputs(2022), NOW);
        assertThat(brief.annex().ministries()).extracting(e -> e.ministry().name())
                .contains("Ministry of Information and Communications", "Ministry of Planning and Investment");
        assertThat(brief.events()).extracting(EventRow::name).contains(
                "23rd ASEAN Armies Chiefs Multilateral Meeting (ACAMM-23)", "ASEAN Law Forum 2022",
                "ASEAN Conference on Civil Service Matters (ACCSM)", "ASEAN Education Ministers Meeting");
    }

    @Test
    void sameDataGivesTheSameBriefAndAChangedContributionANewRevision() {
        BriefInputs inputs = ExampleData.inputs(2024);
        Brief first = BriefCompiler.compile(inputs, NOW);
        Brief again = BriefCompiler.compile(ExampleData.inputs(2024), NOW.plusSeconds(3600));
        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(again).usingRecursiveComparison().ignoringFields("generatedAt").isEqualTo(first);

        List<RegisteredContribution> amended = new ArrayList<>(inputs.contributions());
        RegisteredContribution old = amended.get(0);
        Contribution c = old.contribution();
        amended.set(0, ExampleData.accepted(old.submissionId(), 2, old.submittedAt(),
                new Contribution(c.year(), c.ministry(), c.pillar(), c.area(), c.areaName(), c.summary() + " Amended.",
                        c.outcomes(), c.roles(), c.eventsHosted(), c.initiatives(), c.difficulties(),
                        c.recommendations(), c.nextYear(), c.language())));
        Brief changed = BriefCompiler.compile(new BriefInputs(2024, inputs.cycle(), inputs.completeness(), amended,
                List.of(), inputs.reference()), NOW);
        assertThat(changed.revision()).isNotEqualTo(first.revision());
        assertThat(changed.annex().ministries()).flatExtracting(Brief.AnnexEntry::used)
                .filteredOn(Brief.UsedContribution::amended).hasSize(1);
    }

    @Test
    void yearWithoutCycleStillCompilesWithTheReferenceChair() {
        BriefInputs inputs = new BriefInputs(2025, Optional.empty(), Optional.empty(), List.of(), List.of(),
                ExampleData.reference());
        Brief brief = BriefCompiler.compile(inputs, NOW);

        assertThat(brief.aseanYear().cycleSet()).isFalse();
        assertThat(brief.aseanYear().chair()).isEqualTo("Malaysia");
        assertThat(brief.aseanYear().theme()).isEqualTo("Inclusivity and Sustainability");
        assertThat(brief.participation()).allSatisfy(p -> assertThat(p.areas()).isEmpty());
        assertThat(brief.roles()).isEmpty();
        assertThat(brief.annex().deadline()).isNull();
        assertThat(brief.annex().ministries()).isEmpty();
    }

    @Test
    void contributionsOfAnotherYearAreLeftOut() {
        BriefInputs inputs = ExampleData.inputs(2024);
        BriefInputs mixed = new BriefInputs(2024, inputs.cycle(), inputs.completeness(),
                concat(inputs.contributions(), ExampleData.contributions(2022)), List.of(), inputs.reference());
        Brief brief = BriefCompiler.compile(mixed, NOW);
        assertThat(brief.events()).extracting(EventRow::date).allMatch(d -> d.startsWith("2024"));
        assertThat(brief.difficulties()).extracting(Statement::text).hasSize(3);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
