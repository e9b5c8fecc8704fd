package asean.review.report.web;

import java.util.Set;

import asean.review.report.diff.RowDiff;
import asean.review.report.diff.SectionDiff;
import asean.review.report.diff.ValueDiff;
import io.quarkus.qute.TemplateExtension;

/** The message keys the review page reads for the parts of a diff: {@code field_nextYear_priorities}, ... */
@TemplateExtension
public final class DiffLabels {

    private static final Set<String> CODED = Set.of("role", "level", "status");

    private DiffLabels() {
    }

    static String labelKey(SectionDiff section) {
        return "field_" + section.field().replace('.', '_');
    }

    static String labelKey(ValueDiff cell) {
        return "column_" + cell.field();
    }

    /**
     * A cell's value as the page shows it: a code of the contract (a role, an event's level, an initiative's status)
     * by the message key of its words ({@code code_level_WORKING}), any other value as written.
     */
    static Shown shown(ValueDiff cell, String value) {
        boolean coded = value != null && CODED.contains(cell.field());
        return new Shown(coded ? "code_" + cell.field() + "_" + value : null, value);
    }

    /** Either a message {@code key} or the {@code text} itself. */
    public record Shown(String key, String text) {
    }

    static String stateKey(RowDiff row) {
        return "diff_" + row.state().name();
    }

    /** The row's place for tests and anchors: its new position, or its old one for a removed row. */
    static int place(RowDiff row) {
        return row.newPosition() != null ? row.newPosition() : row.oldPosition();
    }
}
