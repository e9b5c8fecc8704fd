package asean.review.report.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import asean.review.contract.api.AuditEntry;

/** An audit trail as CSV: the columns of {@link AuditWorkbook}, times {@code yyyy-MM-dd HH:mm:ss} in the zone. */
public final class AuditCsv {

    private AuditCsv() {
    }

    /** See {@link AuditWorkbook#write}. */
    public static byte[] write(List<AuditEntry> entries, Locale language, ZoneId zone) {
        return CsvWriter.write(AuditColumns.entries(language, zone), entries);
    }
}
