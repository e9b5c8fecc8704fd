package asean.review.report.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import asean.review.contract.api.RegisteredContribution;

/**
 * Contribution versions as CSV: the columns of the workbook's first sheet, one row per version, lists one item
 * a line in a field. Times are written {@code yyyy-MM-dd HH:mm:ss} in the zone the headers name.
 */
public final class ContributionsCsv {

    private ContributionsCsv() {
    }

    /** See {@link ContributionsWorkbook#write}. */
    public static byte[] write(List<RegisteredContribution> versions, Locale language, ZoneId zone) {
        return CsvWriter.write(ContributionColumns.versions(language, zone), versions);
    }
}
