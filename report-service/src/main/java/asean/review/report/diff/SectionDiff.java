package asean.review.report.diff;

import java.util.List;

/**
 * One field of the contribution in two versions. A SCALAR section has a {@code value} and no rows; a list section
 * has no value, its {@code columns} (the rows' sub-fields, or {@value #TEXT} for a list of strings) and its rows:
 * the new version's rows in order, each removed row placed after the unchanged row that preceded it.
 */
public record SectionDiff(String field, Kind kind, ValueDiff value, List<String> columns, List<RowDiff> rows) {

    /** The one column of a list of strings. */
    public static final String TEXT = "text";

    public enum Kind {
        SCALAR, STRING_LIST, RECORD_LIST
    }

    public SectionDiff {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static SectionDiff scalar(String field, String oldValue, String newValue) {
        return new SectionDiff(field, Kind.SCALAR, ValueDiff.of(field, oldValue, newValue), List.of(), List.of());
    }

    static SectionDiff list(String field, RowShape<?> shape, List<RowDiff> rows) {
        Kind kind = shape.columns().equals(List.of(TEXT)) ? Kind.STRING_LIST : Kind.RECORD_LIST;
        return new SectionDiff(field, kind, null, shape.columns(), rows);
    }

    public boolean changed() {
        return kind == Kind.SCALAR ? value.changed() : rows.stream().anyMatch(RowDiff::changed);
    }

    public int addedRows() {
        return count(RowState.ADDED);
    }

    public int removedRows() {
        return count(RowState.REMOVED);
    }

    public int changedRows() {
        return count(RowState.CHANGED);
    }

    public int movedRows() {
        return count(RowState.MOVED);
    }

    private int count(RowState state) {
        return (int) rows.stream().filter(row -> row.state() == state).count();
    }
}
