package asean.review.report.diff;

/**
 * One value in two versions: a scalar field of the contribution, or one sub-field (cell) of a list row.
 * {@code oldValue} is null when there was no previous value or no previous row, {@code newValue} when the row is gone.
 */
public record ValueDiff(String field, String oldValue, String newValue, ValueState state) {

    static ValueDiff of(String field, String oldValue, String newValue) {
        return new ValueDiff(field, oldValue, newValue, ValueState.between(oldValue, newValue));
    }

    public boolean changed() {
        return state != ValueState.UNCHANGED;
    }
}
