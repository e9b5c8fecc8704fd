package asean.review.stack.load;

import java.util.Arrays;

public final class Percentiles {

    private Percentiles() {
    }

    /** The value at {@code percent} (0-100) of {@code values} (nearest rank); NaN when there is none. */
    public static double of(long[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
