package asean.review.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The longest sequence of pairs (before[i], after[j]) that {@code match}, with i and j both increasing. Where several
 * are longest, a row of {@code before} is left out rather than one of {@code after}: of two swapped rows, the first
 * old row is the one that moved.
 */
final class LongestCommonSubsequence {

    record Pair(int before, int after) {
    }

    private LongestCommonSubsequence() {
    }

    static <T> List<Pair> of(List<T> before, List<T> after, BiPredicate<T, T> match) {
        int m = before.size();
        int n = after.size();
        int[][] longest = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                longest[i][j] = match.test(before.get(i), after.get(j))
                        ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (match.test(before.get(i), after.get(j))) {
                pairs.add(new Pair(i++, j++));
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }
}
