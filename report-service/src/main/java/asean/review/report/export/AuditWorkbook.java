package asean.review.report.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import asean.review.contract.api.AuditEntry;

/** An audit trail as an XLSX workbook of one sheet, one row per change of state. */
public final class AuditWorkbook {

    private AuditWorkbook() {
    }

    /**
     * @param entries the rows, in the order given
     * @param language {@code vi} for a Vietnamese sheet name and headers, else English
     * @param zone the zone in which times are written; the header names it
     */
    public static byte[] write(List<AuditEntry> entries, Locale language, ZoneId zone) {
        try (WorkbookWriter workbook = new WorkbookWriter(language)) {
            workbook.sheet(ExportLabel.AUDIT.in(language), AuditColumns.entries(language, zone), entries);
            return workbook.toBytes();
        }
    }
}
