package asean.review.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.EventLevel;
import asean.review.contract.Pillar;
import asean.review.contract.ReferenceData;
import asean.review.contract.RoleKind;
import asean.review.contract.api.Completeness.Status;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;
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
                .containsExactlyInAnyOrder("SOM", "PARTNER:UK", "PARTNER:NZ", "National ASEAN coordination");
        assertThat(mofa.ministry().name()).isEqualTo("Ministry of Foreign Affairs");
    }

    @Test
    void theAnnexNamesTheOfficesUserBesideAContributionItEnteredOnTheMinistrysBehalf() {
        BriefInputs inputs = ExampleData.inputs(2024);
        List<RegisteredContribution> contributions = inputs.contributions().stream()
                .map(r -> r.contribution().ministry().equals("MOF")
                        ? ExampleData.enteredByTheOffice(r, "coordinator@office") : r)
                .toList();
        Brief brief = BriefCompiler.compile(new BriefInputs(2024, inputs.cycle(), inputs.completeness(),
                contributions, List.of(), inputs.reference()), NOW);

        assertThat(brief.annex().ministries()).flatExtracting(Brief.AnnexEntry::used)
                .filteredOn(u -> u.enteredOnBehalfBy() != null)
                .singleElement().satisfies(u -> {
                    assertThat(u.area()).isEqualTo("CUSTOMS");
                    assertThat(u.enteredOnBehalfBy()).isEqualTo("coordinator@office");
                });
        assertThat(BriefCompiler.compile(inputs, NOW).annex().ministries()).flatExtracting(Brief.AnnexEntry::used)
                .extracting(Brief.UsedContribution::enteredOnBehalfBy).containsOnlyNulls();
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

        assertThat(brief.year()).isEqualTo(2025);
        assertThat(brief.nextYear()).isEqualTo(2026);
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

    @Test
    void areaIsNamedAsTheSubmitterNamedItElseAsTheReferenceDataElseByItsCode() {
        Brief brief = compile(List.of(
                accepted(contribution("MOFA", "CROSS", "OTHER", "National ASEAN coordination")),
                accepted(contribution("MOFA", "APSC", "SOM", null)),
                accepted(contribution("MND", "APSC", "SOM", " ")),
                accepted(contribution("MOFA", "APSC", "NOT-IN-REFERENCE", null))));

        String som = ExampleData.reference().areas().stream().filter(a -> a.code().equals("SOM"))
                .map(ReferenceData.Area::name).findFirst().orElseThrow();
        assertThat(pillar(brief, "CROSS").areas()).extracting(AreaSection::name)
                .containsExactly("National ASEAN coordination");
        assertThat(pillar(brief, "APSC").areas()).extracting(AreaSection::area, AreaSection::name).containsExactly(
                tuple("SOM: ", som), tuple("SOM", som), tuple("NOT-IN-REFERENCE", "NOT-IN-REFERENCE"));
    }

    @Test
    void reportsOnOneAreaAreOrderedByMinistryThenByTheNameTheyGaveTheArea() {
        Brief brief = compile(List.of(
                accepted(contribution("MOFA", "APSC", "SOM", null)),
                accepted(contribution("MND", "APSC", "SOM", null)),
                accepted(contribution("MOFA", "CROSS", "OTHER", "Tourism")),
                accepted(contribution("MOFA", "CROSS", "OTHER", "Culture"))));

        assertThat(pillar(brief, "APSC").areas()).singleElement().satisfies(som -> assertThat(som.reports())
                .extracting(r -> r.ministry().code()).containsExactly("MND", "MOFA"));
        assertThat(pillar(brief, "CROSS").areas()).extracting(AreaSection::name).containsExactly("Culture", "Tourism");
    }

    @Test
    void eventsOfOneDateAreOrderedByMinistryAndKeepTheirLevel() {
        Contribution mofa = withEvents(contribution("MOFA", "APSC", "SOM", null),
                new Contribution.Event("ASEAN SOM", "2024-06", "Hà Nội", "SENIOR_OFFICIALS"));
        Contribution mnd = withEvents(contribution("MND", "APSC", "ADMM", null),
                new Contribution.Event("Defence SOM", "2024-06", null, null));
        Brief brief = compile(List.of(accepted(mofa), accepted(mnd)));

        assertThat(brief.events()).extracting(EventRow::name, EventRow::level, e -> e.ministry().code())
                .containsExactly(tuple("Defence SOM", null, "MND"),
                        tuple("ASEAN SOM", EventLevel.SENIOR_OFFICIALS, "MOFA"));
    }

    @Test
    void prioritiesForTheNextYearNameTheirMinistryUnderTheirPillar() {
        Contribution mofa = contribution("MOFA", "APSC", "SOM", null);
        mofa = new Contribution(mofa.year(), mofa.ministry(), mofa.pillar(), mofa.area(), mofa.areaName(),
                mofa.summary(), null, null, null, null, null, null,
                new Contribution.NextYear(List.of("Chair the SOM working group"), null), null);
        Brief brief = compile(List.of(accepted(mofa)));

        assertThat(brief.orientations().priorities()).singleElement().satisfies(p -> {
            assertThat(p.pillar()).isEqualTo(Pillar.APSC);
            assertThat(p.priorities()).extracting(s -> s.ministry().code(), Statement::text)
                    .containsExactly(tuple("MOFA", "Chair the SOM working group"));
        });
    }

    @Test
    void difficultiesRecommendationsRolesAndInitiativesComeByPillarLikeThePriorities() {
        Contribution digital = withLists(contribution("MOST", "CROSS", "ADGMIN", null), "digital");
        Contribution education = withLists(contribution("MOET", "ASCC", "ASED", null), "education");
        Contribution defence = withLists(contribution("MND", "APSC", "ADMM", null), "defence");
        Brief brief = BriefCompiler.compile(new BriefInputs(2024, Optional.empty(), Optional.empty(),
                List.of(accepted(digital), accepted(education), accepted(defence)), List.of(),
                ExampleData.reference()), NOW);

        assertThat(brief.difficulties()).extracting(Statement::text)
                .as("APSC, then ASCC, then CROSS, whatever the areas' order in the reference data")
                .containsExactly("defence difficulty", "education difficulty", "digital difficulty");
        assertThat(brief.recommendations()).extracting(Statement::text)
                .containsExactly("defence recommendation", "education recommendation", "digital recommendation");
        assertThat(brief.roles()).extracting(RoleRow::mechanism)
                .containsExactly("defence mechanism", "education mechanism", "digital mechanism");
        assertThat(brief.initiatives()).extracting(Brief.InitiativeRow::title)
                .containsExactly("defence initiative", "education initiative", "digital initiative");
    }

    private static Contribution withLists(Contribution c, String topic) {
        return new Contribution(c.year(), c.ministry(), c.pillar(), c.area(), c.areaName(), c.summary(), c.outcomes(),
                List.of(new Contribution.Role(topic + " mechanism", "CHAIR", null, null)), c.eventsHosted(),
                List.of(new Contribution.Initiative(topic + " initiative", "ADOPTED", null)),
                List.of(topic + " difficulty"), List.of(topic + " recommendation"), c.nextYear(), c.language());
    }

    @Test
    void briefCarriesTheCountrysTimeZoneAndEachSourcesLanguage() {
        Contribution vietnamese = new Contribution(2024, "MOJ", "APSC", "ALAWMM", null, "Bộ Tư pháp đã tham gia.",
                null, null, null, null, null, null, null, "vi");
        Brief brief = BriefCompiler.compile(new BriefInputs(2024, Optional.empty(), Optional.empty(),
                List.of(accepted(vietnamese)), List.of(), ExampleData.reference()), NOW);

        assertThat(brief.country().timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(brief.participation().get(0).areas().get(0).reports().get(0).source())
                .isEqualTo(new Brief.Source("MOJ", "ALAWMM", 1, "vi"));
    }

    @Test
    void annexListsWhatIsNotAcceptedByMinistryThenArea() {
        Contribution mofaSom = contribution("MOFA", "APSC", "SOM", null);
        Contribution mndSom = contribution("MND", "APSC", "SOM", null);
        Contribution mofaUk = contribution("MOFA", "EXTERNAL", "PARTNER:UK", null);
        Contribution mndOther = contribution("MND", "CROSS", "OTHER", "Defence industry");
        BriefInputs inputs = ExampleData.inputs(2024);
        Brief brief = BriefCompiler.compile(new BriefInputs(2024, inputs.cycle(), inputs.completeness(),
                inputs.contributions(), List.of(ExampleData.notAccepted(1, ReviewState.PENDING_REVIEW, mofaSom),
                        ExampleData.notAccepted(4, ReviewState.RETURNED, mndSom),
                        ExampleData.notAccepted(2, ReviewState.RETURNED, mofaUk),
                        ExampleData.notAccepted(3, ReviewState.PENDING_REVIEW, mndOther)),
                inputs.reference()), NOW);

        assertThat(brief.annex().notAccepted())
                .extracting(i -> i.ministry().code(), Brief.ReviewItem::area, Brief.ReviewItem::version,
                        Brief.ReviewItem::state)
                .containsExactly(tuple("MND", "Defence industry", 3, ReviewState.PENDING_REVIEW),
                        tuple("MND", "SOM", 4, ReviewState.RETURNED),
                        tuple("MOFA", "PARTNER:UK", 2, ReviewState.RETURNED),
                        tuple("MOFA", "SOM", 1, ReviewState.PENDING_REVIEW));
        assertThat(brief.annex().notAccepted().get(0).ministry().name()).isEqualTo("Ministry of National Defence");
    }

    @Test
    void withoutCompletenessTheAnnexListsEveryMinistryThatReportedWithoutAStatus() {
        Brief brief = compile(List.of(accepted(contribution("MOFA", "APSC", "SOM", null)),
                accepted(contribution("MND", "APSC", "ADMM", null))));

        assertThat(brief.annex().ministries())
                .extracting(e -> e.ministry().code(), Brief.AnnexEntry::expected, Brief.AnnexEntry::status)
                .containsExactly(tuple("MOFA", false, null), tuple("MND", false, null));
        assertThat(brief.annex().ministries().get(0).used()).extracting(Brief.UsedContribution::area)
                .containsExactly("SOM");
    }

    @Test
    void annexWithoutNotAcceptedVersionsHasAnEmptyList() {
        assertThat(new Brief.Annex(null, List.of(), null).notAccepted()).isEmpty();
    }

    @Test
    void aFrozenBriefIsTheSameBriefWithItsEdition() {
        Brief draft = BriefCompiler.compile(ExampleData.inputs(2024), NOW);
        Brief.EditionInfo edition = new Brief.EditionInfo(2, "coordinator@office", NOW.plusSeconds(60));

        Brief frozen = draft.withEdition(edition);

        assertThat(draft.edition()).isNull();
        assertThat(frozen.edition()).isEqualTo(edition);
        assertThat(frozen).usingRecursiveComparison().ignoringFields("edition").isEqualTo(draft);
    }

    /** Compiles 2024 with no cycle and no completeness, from the given versions only. */
    private static Brief compile(List<RegisteredContribution> contributions) {
        return BriefCompiler.compile(new BriefInputs(2024, Optional.empty(), Optional.empty(), contributions,
                List.of(), ExampleData.reference()), NOW);
    }

    private static Contribution contribution(String ministry, String pillar, String area, String areaName) {
        return new Contribution(2024, ministry, pillar, area, areaName, ministry + " reported on " + area + ".",
                null, null, null, null, null, null, null, null);
    }

    private static Contribution withEvents(Contribution c, Contribution.Event... events) {
        return new Contribution(c.year(), c.ministry(), c.pillar(), c.area(), c.areaName(), c.summary(), c.outcomes(),
                c.roles(), List.of(events), c.initiatives(), c.difficulties(), c.recommendations(), c.nextYear(),
                c.language());
    }

    private static RegisteredContribution accepted(Contribution c) {
        return ExampleData.accepted(UUID.nameUUIDFromBytes(c.key().getBytes()), 1, ExampleData.REGISTERED, c);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
