package asean.review.report.export;

import static asean.review.report.export.ExportLabel.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import asean.review.contract.api.AuditEntry;

/** The table of an audit trail export: one row per change of state. */
final class AuditColumns {

    private AuditColumns() {
    }

    static List<Column<AuditEntry>> entries(Locale language, ZoneId zone) {
        return List.of(
                Column.time(AT, language, zone, AuditEntry::at),
                Column.text(ACTOR, language, 24, AuditEntry::actor),
                Column.text(ACTION, language, 16, e -> e.action().name()),
                Column.number(YEAR, language, AuditEntry::year),
                Column.text(MINISTRY, language, 10, AuditEntry::ministry),
                Column.text(AREA, language, 12, AuditEntry::area),
                Column.number(VERSION, language, AuditEntry::version),
                Column.text(SUBMISSION_ID, language, 38,
                        e -> e.submissionId() == null ? null : e.submissionId().toString()),
                Column.text(DETAIL, language, 60, AuditEntry::detail));
    }
}
