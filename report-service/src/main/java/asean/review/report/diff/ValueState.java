package asean.review.report.diff;

/**
 * How a value differs from its previous version. Null and the empty string are both empty; any other text is
 * compared exactly as stored.
 */
public enum ValueState {
    UNCHANGED, ADDED, REMOVED, CHANGED;

    static ValueState between(String oldValue, String newValue) {
        if (isEmpty(oldValue)) {
            return isEmpty(newValue) ? UNCHANGED : ADDED;
        }
        if (isEmpty(newValue)) {
            return REMOVED;
        }
        return oldValue.equals(newValue) ? UNCHANGED : CHANGED;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
