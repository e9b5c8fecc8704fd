package asean.review.report.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import asean.review.report.diff.LongestCommonSubsequence.Pair;

/**
 * Matches the rows of two versions of one list, in this order:
 * <ol>
 * <li>the longest common subsequence of rows equal in content: UNCHANGED. Rows that only shifted because others were
 * added or removed stay UNCHANGED, and of two swapped rows only one leaves the subsequence;</li>
 * <li>the other rows equal in content, each old row with the first such new row: MOVED;</li>
 * <li>record rows with the same identity, tried in turn ({@link RowShape#identities()}: a role's mechanism; an
 * event's name, then its date; an initiative's title), each old row with the first new row of the same non-empty
 * identity: CHANGED;</li>
 * <li>string rows: the longest common subsequence of the rows left, two rows pairing when their wording is similar
 * ({@link WordSimilarity}): CHANGED. Pairing keeps the rows' relative order, so an edited row pairs with the
 * edit at its place and not with a new row elsewhere;</li>
 * <li>the old rows left are REMOVED, the new rows left ADDED.</li>
 * </ol>
 * A removed row is listed after the row that its nearest preceding UNCHANGED old row became, or first.
 */
final class RowMatcher<T> {

    private static final int NONE = -1;

    private final List<T> before;
    private final List<T> after;
    private final RowShape<T> shape;
    private final int[] afterOfBefore;
    private final int[] beforeOfAfter;
    private final RowState[] stateOfAfter;

    private RowMatcher(List<T> before, List<T> after, RowShape<T> shape) {
        this.before = before;
        this.after = after;
        this.shape = shape;
        this.afterOfBefore = new int[before.size()];
        this.beforeOfAfter = new int[after.size()];
        this.stateOfAfter = new RowState[after.size()];
        Arrays.fill(afterOfBefore, NONE);
        Arrays.fill(beforeOfAfter, NONE);
    }

    static <T> List<RowDiff> diff(List<T> before, List<T> after, RowShape<T> shape) {
        RowMatcher<T> matcher = new RowMatcher<>(before, after, shape);
        matcher.matchUnchanged();
        matcher.matchMoved();
        shape.identities().forEach(matcher::matchByIdentity);
        matcher.matchSimilar();
        return matcher.rows();
    }

    private void matchUnchanged() {
        for (Pair pair : LongestCommonSubsequence.of(before, after, shape::sameContent)) {
            link(pair.before(), pair.after(), RowState.UNCHANGED);
        }
    }

    private void matchMoved() {
        for (int i : unmatchedBefore()) {
            unmatchedAfter().stream().filter(j -> shape.sameContent(before.get(i), after.get(j))).findFirst()
                    .ifPresent(j -> link(i, j, RowState.MOVED));
        }
    }

    private void matchByIdentity(Function<T, String> identity) {
        for (int i : unmatchedBefore()) {
            String key = identity.apply(before.get(i));
            if (key == null || key.isEmpty()) {
                continue;
            }
            unmatchedAfter().stream().filter(j -> key.equals(identity.apply(after.get(j)))).findFirst()
                    .ifPresent(j -> link(i, j, RowState.CHANGED));
        }
    }

    private void matchSimilar() {
        List<Integer> oldRows = unmatchedBefore();
        List<Integer> newRows = unmatchedAfter();
        List<Pair> pairs = LongestCommonSubsequence.of(oldRows, newRows,
                (i, j) -> shape.similar().test(before.get(i), after.get(j)));
        for (Pair pair : pairs) {
            link(oldRows.get(pair.before()), newRows.get(pair.after()), RowState.CHANGED);
        }
    }

    private void link(int i, int j, RowState state) {
        afterOfBefore[i] = j;
        beforeOfAfter[j] = i;
        stateOfAfter[j] = state;
    }

    private List<Integer> unmatchedBefore() {
        return IntStream.range(0, before.size()).filter(i -> afterOfBefore[i] == NONE).boxed().toList();
    }

    private List<Integer> unmatchedAfter() {
        return IntStream.range(0, after.size()).filter(j -> beforeOfAfter[j] == NONE).boxed().toList();
    }

    private List<RowDiff> rows() {
        List<List<RowDiff>> removedAfter = new ArrayList<>();
        for (int slot = 0; slot <= after.size(); slot++) {
            removedAfter.add(new ArrayList<>());
        }
        for (int i : unmatchedBefore()) {
            removedAfter.get(slotOfRemoved(i)).add(new RowDiff(RowState.REMOVED, i + 1, null,
                    shape.diffCells(before.get(i), null)));
        }
        List<RowDiff> rows = new ArrayList<>(removedAfter.get(0));
        for (int j = 0; j < after.size(); j++) {
            rows.add(newRow(j));
            rows.addAll(removedAfter.get(j + 1));
        }
        return rows;
    }

    /** 0 to list the removed old row first, j + 1 to list it after the new row j. */
    private int slotOfRemoved(int i) {
        for (int k = i - 1; k >= 0; k--) {
            int j = afterOfBefore[k];
            if (j != NONE && stateOfAfter[j] == RowState.UNCHANGED) {
                return j + 1;
            }
        }
        return 0;
    }

    private RowDiff newRow(int j) {
        int i = beforeOfAfter[j];
        if (i == NONE) {
            return new RowDiff(RowState.ADDED, null, j + 1, shape.diffCells(null, after.get(j)));
        }
        return new RowDiff(stateOfAfter[j], i + 1, j + 1, shape.diffCells(before.get(i), after.get(j)));
    }
}
