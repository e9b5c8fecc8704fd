package asean.review.report.diff;

import java.util.List;

/**
 * One row of a list in two versions. Positions are 1-based: {@code oldPosition} is null for an ADDED row,
 * {@code newPosition} null for a REMOVED one. The cells follow the row's sub-fields in the contract's order; a row
 * of a list of strings has one cell, {@value SectionDiff#TEXT}.
 */
public record RowDiff(RowState state, Integer oldPosition, Integer newPosition, List<ValueDiff> cells) {

    public RowDiff {
        cells = List.copyOf(cells);
    }

    public boolean changed() {
        return state != RowState.UNCHANGED;
    }

    /** The cells that differ: for a CHANGED row, the edited sub-fields. */
    public List<ValueDiff> changedCells() {
        return cells.stream().filter(ValueDiff::changed).toList();
    }

    public ValueDiff cell(String field) {
        return cells.stream().filter(cell -> cell.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell " + field));
    }
}
