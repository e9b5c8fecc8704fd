package asean.review.report.diff;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import asean.review.contract.Contribution.Event;
import asean.review.contract.Contribution.Initiative;
import asean.review.contract.Contribution.Role;

/**
 * What the diff needs to know of a list's rows: their sub-fields, in the contract's order, and how to tell an edited
 * row from a new one: by {@code identities}, tried in turn (a record row), or by similar wording (a string row).
 */
record RowShape<T>(List<String> columns, Function<T, List<String>> cells, List<Function<T, String>> identities,
        BiPredicate<T, T> similar) {

    static final RowShape<String> TEXT = new RowShape<>(List.of(SectionDiff.TEXT), Collections::singletonList,
            List.of(), WordSimilarity::similar);

    static final RowShape<Role> ROLE = new RowShape<>(List.of("mechanism", "role", "partner", "term"),
            role -> Arrays.asList(role.mechanism(), role.role(), role.partner(), role.term()),
            List.of(Role::mechanism), RowShape::never);

    static final RowShape<Event> EVENT = new RowShape<>(List.of("name", "date", "city", "level"),
            event -> Arrays.asList(event.name(), event.date(), event.city(), event.level()),
            List.of(Event::name, Event::date), RowShape::never);

    static final RowShape<Initiative> INITIATIVE = new RowShape<>(List.of("title", "status", "description"),
            initiative -> Arrays.asList(initiative.title(), initiative.status(), initiative.description()),
            List.of(Initiative::title), RowShape::never);

    private static <T> boolean never(T before, T after) {
        return false;
    }

    /** Every cell the same, an empty cell (null or "") being the same as another empty cell. */
    boolean sameContent(T before, T after) {
        List<String> old = cells.apply(before);
        List<String> now = cells.apply(after);
        for (int i = 0; i < old.size(); i++) {
            if (ValueState.between(old.get(i), now.get(i)) != ValueState.UNCHANGED) {
                return false;
            }
        }
        return true;
    }

    List<ValueDiff> diffCells(T before, T after) {
        List<String> old = before == null ? Collections.nCopies(columns.size(), null) : cells.apply(before);
        List<String> now = after == null ? Collections.nCopies(columns.size(), null) : cells.apply(after);
        ValueDiff[] diffs = new ValueDiff[columns.size()];
        for (int i = 0; i < diffs.length; i++) {
            diffs[i] = ValueDiff.of(columns.get(i), old.get(i), now.get(i));
        }
        return List.of(diffs);
    }
}
