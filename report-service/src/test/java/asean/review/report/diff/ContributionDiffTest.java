package asean.review.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import asean.review.contract.Contribution;
import asean.review.contract.Contribution.Event;
import asean.review.contract.Contribution.Initiative;
import asean.review.contract.Contribution.NextYear;
import asean.review.contract.Contribution.Role;
import asean.review.report.diff.SectionDiff.Kind;

class ContributionDiffTest {

    private static final List<String> FIELDS = List.of("pillar", "areaName", "summary", "outcomes", "roles",
            "eventsHosted", "initiatives", "difficulties", "recommendations", "nextYear.priorities",
            "nextYear.plannedEvents", "language");

    private static final List<Event> EVENTS = List.of(
            new Event("Senior Officials' Meeting on Transnational Crime", "2024-03-12", "Hà Nội", "SENIOR_OFFICIALS"),
            new Event("Workshop on Cyber Fraud", "2024-05", "Đà Nẵng", "WORKING"),
            new Event("ASEAN Ministerial Meeting on Transnational Crime", "2024-09-20", "Hà Nội", "MINISTERIAL"),
            new Event("Regional Dialogue on Border Management", "2024-11-04", "Lào Cai", "OTHER"));

    private static final List<Initiative> INITIATIVES = List.of(
            new Initiative("ASEAN Cybercrime Cooperation Roadmap", "PROPOSED", "Drafted with Singapore"),
            new Initiative("Joint Training Centre for Border Police", "ADOPTED", "Adopted at the 18th AMMTC"),
            new Initiative("Victim Support Guidelines", "COMPLETED", null));

    private static final List<Role> ROLES = List.of(
            new Role("SOMTC Working Group on Cybercrime", "CHAIR", null, "2024-2025"),
            new Role("ASEAN-Japan Dialogue on Crime", "COUNTRY_COORDINATOR", "Japan", "2021-2024"),
            new Role("SOMTC", "VICE_CHAIR", null, "2024"));

    private static Contribution original() {
        return contribution("Viet Nam chaired two working groups and hosted four events.", EVENTS, INITIATIVES,
                ROLES, List.of("Roadmap drafted", "Two joint exercises held", "Hotline opened"));
    }

    private static Contribution contribution(String summary, List<Event> events, List<Initiative> initiatives,
            List<Role> roles, List<String> outcomes) {
        return new Contribution(2024, "MPS", "APSC", "AMMTC", "Transnational crime", summary,
                new ArrayList<>(outcomes), new ArrayList<>(roles), new ArrayList<>(events),
                new ArrayList<>(initiatives), List.of("Late nominations from partners"),
                List.of("Fund the training centre", "Share data on cyber fraud"),
                new NextYear(List.of("Adopt the roadmap"),
                        List.of(new Event("AMMTC-19", "2025-10", "Vientiane", "MINISTERIAL"))),
                "en");
    }

    private static List<RowState> states(SectionDiff section) {
        return section.rows().stream().map(RowDiff::state).toList();
    }

    private static String newCell(RowDiff row, String field) {
        return row.cell(field).newValue();
    }

    private static void assertUnchangedExcept(ContributionDiff diff, Set<String> changed) {
        for (SectionDiff section : diff.sections()) {
            if (changed.contains(section.field())) {
                assertThat(section.changed()).as(section.field()).isTrue();
            } else {
                assertThat(section.changed()).as(section.field()).isFalse();
                assertThat(states(section)).as(section.field()).allMatch(state -> state == RowState.UNCHANGED);
            }
        }
    }

    @Test
    void identicalVersionsChangeNothing() {
        ContributionDiff diff = ContributionDiff.between(original(), original());

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.changedSections()).isZero();
        assertThat(diff.firstVersion()).isFalse();
        assertThat(diff.sections()).extracting(SectionDiff::field).containsExactlyElementsOf(FIELDS);
        assertUnchangedExcept(diff, Set.of());
        assertThat(diff.sections()).flatExtracting(SectionDiff::rows).hasSize(3 + 3 + 4 + 3 + 1 + 2 + 1 + 1)
                .allSatisfy(row -> assertThat(row.changedCells()).isEmpty());
        assertThat(diff.section("summary").value().state()).isEqualTo(ValueState.UNCHANGED);
    }

    @Test
    void swappedEventsAndOneEditedStatusMarkOnlyThoseRows() {
        List<Event> swapped = List.of(EVENTS.get(0), EVENTS.get(2), EVENTS.get(1), EVENTS.get(3));
        List<Initiative> edited = new ArrayList<>(INITIATIVES);
        edited.set(1, new Initiative("Joint Training Centre for Border Police", "IN_PROGRESS",
                "Adopted at the 18th AMMTC"));
        Contribution amended = contribution(original().summary(), swapped, edited, ROLES, original().outcomes());

        ContributionDiff diff = ContributionDiff.between(original(), amended);

        SectionDiff events = diff.section("eventsHosted");
        assertThat(events.rows()).extracting(RowDiff::state, row -> newCell(row, "name"), RowDiff::oldPosition,
                RowDiff::newPosition).containsExactly(
                        tuple(RowState.UNCHANGED, EVENTS.get(0).name(), 1, 1),
                        tuple(RowState.UNCHANGED, EVENTS.get(2).name(), 3, 2),
                        tuple(RowState.MOVED, EVENTS.get(1).name(), 2, 3),
                        tuple(RowState.UNCHANGED, EVENTS.get(3).name(), 4, 4));
        assertThat(events.rows()).allSatisfy(row -> assertThat(row.changedCells()).isEmpty());
        assertThat(events.movedRows()).isEqualTo(1);

        SectionDiff initiatives = diff.section("initiatives");
        assertThat(states(initiatives)).containsExactly(RowState.UNCHANGED, RowState.CHANGED, RowState.UNCHANGED);
        RowDiff statusEdit = initiatives.rows().get(1);
        assertThat(statusEdit.oldPosition()).isEqualTo(2);
        assertThat(statusEdit.changedCells()).extracting(ValueDiff::field, ValueDiff::oldValue, ValueDiff::newValue,
                ValueDiff::state).containsExactly(tuple("status", "ADOPTED", "IN_PROGRESS", ValueState.CHANGED));

        assertUnchangedExcept(diff, Set.of("eventsHosted", "initiatives"));
        assertThat(diff.changedSections()).isEqualTo(2);
    }

    @Test
    void firstRowMovedToTheEndIsTheOnlyRowMarked() {
        List<Event> rotated = List.of(EVENTS.get(1), EVENTS.get(2), EVENTS.get(3), EVENTS.get(0));
        Contribution amended = contribution(original().summary(), rotated, INITIATIVES, ROLES,
                original().outcomes());

        SectionDiff events = ContributionDiff.between(original(), amended).section("eventsHosted");

        assertThat(events.rows()).extracting(RowDiff::state, RowDiff::oldPosition, RowDiff::newPosition)
                .containsExactly(tuple(RowState.UNCHANGED, 2, 1), tuple(RowState.UNCHANGED, 3, 2),
                        tuple(RowState.UNCHANGED, 4, 3), tuple(RowState.MOVED, 1, 4));
    }

    @Test
    void stringRowAddedAndOneRemoved() {
        Contribution amended = contribution(original().summary(), EVENTS, INITIATIVES, ROLES,
                List.of("Roadmap drafted", "Hotline opened", "Regional fraud database launched"));

        ContributionDiff diff = ContributionDiff.between(original(), amended);

        SectionDiff outcomes = diff.section("outcomes");
        assertThat(outcomes.kind()).isEqualTo(Kind.STRING_LIST);
        assertThat(outcomes.rows()).extracting(RowDiff::state, RowDiff::oldPosition, RowDiff::newPosition,
                row -> row.cell(SectionDiff.TEXT).oldValue(), row -> row.cell(SectionDiff.TEXT).newValue())
                .containsExactly(
                        tuple(RowState.UNCHANGED, 1, 1, "Roadmap drafted", "Roadmap drafted"),
                        tuple(RowState.REMOVED, 2, null, "Two joint exercises held", null),
                        tuple(RowState.UNCHANGED, 3, 2, "Hotline opened", "Hotline opened"),
                        tuple(RowState.ADDED, null, 3, null, "Regional fraud database launched"));
        assertThat(outcomes.addedRows()).isOne();
        assertThat(outcomes.removedRows()).isOne();
        assertUnchangedExcept(diff, Set.of("outcomes"));
    }

    @Test
    void rewordedStringRowIsChangedInPlace() {
        Contribution amended = contribution(original().summary(), EVENTS, INITIATIVES, ROLES,
                List.of("Roadmap drafted", "New hotline for fraud victims", "Three joint exercises held",
                        "Hotline opened"));

        SectionDiff outcomes = ContributionDiff.between(original(), amended).section("outcomes");

        assertThat(outcomes.rows()).extracting(RowDiff::state, RowDiff::oldPosition, RowDiff::newPosition)
                .containsExactly(tuple(RowState.UNCHANGED, 1, 1), tuple(RowState.ADDED, null, 2),
                        tuple(RowState.CHANGED, 2, 3), tuple(RowState.UNCHANGED, 3, 4));
        assertThat(outcomes.rows().get(2).cell(SectionDiff.TEXT)).extracting(ValueDiff::oldValue,
                ValueDiff::newValue).containsExactly("Two joint exercises held", "Three joint exercises held");
    }

    @Test
    void changedSummaryIsTheOnlyChange() {
        Contribution amended = contribution("Viet Nam chaired two working groups and hosted five events.", EVENTS,
                INITIATIVES, ROLES, original().outcomes());

        ContributionDiff diff = ContributionDiff.between(original(), amended);

        SectionDiff summary = diff.section("summary");
        assertThat(summary.kind()).isEqualTo(Kind.SCALAR);
        assertThat(summary.rows()).isEmpty();
        assertThat(summary.value()).extracting(ValueDiff::oldValue, ValueDiff::newValue, ValueDiff::state)
                .containsExactly(original().summary(), amended.summary(), ValueState.CHANGED);
        assertThat(diff.changedSections()).isOne();
        assertUnchangedExcept(diff, Set.of("summary"));
    }

    @Test
    void emptyScalarsAreAddedOrRemovedAndExactTextDiffers() {
        assertThat(ValueState.between(null, "Transnational crime")).isEqualTo(ValueState.ADDED);
        assertThat(ValueState.between("", "Transnational crime")).isEqualTo(ValueState.ADDED);
        assertThat(ValueState.between("Transnational crime", null)).isEqualTo(ValueState.REMOVED);
        assertThat(ValueState.between("Transnational crime", "")).isEqualTo(ValueState.REMOVED);
        assertThat(ValueState.between(null, "")).isEqualTo(ValueState.UNCHANGED);
        assertThat(ValueState.between("Transnational crime", "Transnational crime ")).isEqualTo(ValueState.CHANGED);
    }

    @Test
    void firstVersionIsAllAdded() {
        ContributionDiff diff = ContributionDiff.between(null, original());

        assertThat(diff.firstVersion()).isTrue();
        assertThat(diff.changedSections()).isEqualTo(FIELDS.size());
        assertThat(diff.sections()).filteredOn(section -> section.kind() == Kind.SCALAR)
                .extracting(section -> section.value().state()).containsOnly(ValueState.ADDED);
        assertThat(diff.sections()).flatExtracting(SectionDiff::rows).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.state()).isEqualTo(RowState.ADDED);
                    assertThat(row.oldPosition()).isNull();
                });
        assertThat(diff.section("roles").rows()).extracting(RowDiff::newPosition).containsExactly(1, 2, 3);
    }

    @Test
    void recordRowWithNewIdentityAndContentIsRemovedAndAdded() {
        List<Role> roles = new ArrayList<>(ROLES);
        roles.set(1, new Role("ASEAN-Korea Dialogue on Crime", "COUNTRY_COORDINATOR", "Korea", "2024-2027"));
        Contribution amended = contribution(original().summary(), EVENTS, INITIATIVES, roles,
                original().outcomes());

        SectionDiff section = ContributionDiff.between(original(), amended).section("roles");

        assertThat(section.rows()).extracting(RowDiff::state, row -> row.cell("mechanism").oldValue(),
                row -> newCell(row, "mechanism")).containsExactly(
                        tuple(RowState.UNCHANGED, ROLES.get(0).mechanism(), ROLES.get(0).mechanism()),
                        tuple(RowState.REMOVED, "ASEAN-Japan Dialogue on Crime", null),
                        tuple(RowState.ADDED, null, "ASEAN-Korea Dialogue on Crime"),
                        tuple(RowState.UNCHANGED, "SOMTC", "SOMTC"));
    }

    @Test
    void recordRowWithSameIdentityIsChanged() {
        List<Role> roles = new ArrayList<>(ROLES);
        roles.set(1, new Role("ASEAN-Japan Dialogue on Crime", "COUNTRY_COORDINATOR", "Japan", "2021-2025"));
        List<Event> events = new ArrayList<>(EVENTS);
        events.set(3, new Event("Regional Dialogue on Border Security", "2024-11-04", "Lào Cai", "OTHER"));
        Contribution amended = contribution(original().summary(), events, INITIATIVES, roles,
                original().outcomes());

        ContributionDiff diff = ContributionDiff.between(original(), amended);

        RowDiff role = diff.section("roles").rows().get(1);
        assertThat(role.state()).isEqualTo(RowState.CHANGED);
        assertThat(role.changedCells()).extracting(ValueDiff::field, ValueDiff::oldValue, ValueDiff::newValue)
                .containsExactly(tuple("term", "2021-2024", "2021-2025"));
        RowDiff renamedEvent = diff.section("eventsHosted").rows().get(3);
        assertThat(renamedEvent.state()).as("an event renamed on the same date").isEqualTo(RowState.CHANGED);
        assertThat(renamedEvent.changedCells()).extracting(ValueDiff::field).containsExactly("name");
    }

    @Test
    void versionsOfAnotherContributionAreRefused() {
        Contribution other = new Contribution(2024, "MOFA", "APSC", "AMMTC", null, "Other", null, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> ContributionDiff.between(other, original()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024:MOFA:AMMTC");
    }
}
