package asean.review.report.web;

import asean.review.report.diff.RowDiff;
import asean.review.report.diff.SectionDiff;
import asean.review.report.diff.ValueDiff;
import io.quarkus.qute.TemplateExtension;

/** The message keys the review page reads for the parts of a diff: {@code field_nextYear_priorities}, ... */
@TemplateExtension
final class DiffLabels {

    private DiffLabels() {
    }

    static String labelKey(SectionDiff section) {
        return "field_" + section.field().replace('.', '_');
    }

    static String labelKey(ValueDiff cell) {
        return "column_" + cell.field();
    }

    static String stateKey(RowDiff row) {
        return "diff_" + row.state().name();
    }

    /** The row's place for tests and anchors: its new position, or its old one for a removed row. */
    static int place(RowDiff row) {
        return row.newPosition() != null ? row.newPosition() : row.oldPosition();
    }
}
