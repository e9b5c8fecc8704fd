package asean.review.report.export;

import static asean.review.report.export.ExportLabel.CONTRIBUTIONS;
import static asean.review.report.export.ExportLabel.EVENTS_HOSTED;
import static asean.review.report.export.ExportLabel.INITIATIVES;
import static asean.review.report.export.ExportLabel.PLANNED_EVENTS;
import static asean.review.report.export.ExportLabel.ROLES;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.export.ContributionColumns.ListRow;

/**
 * Contribution versions as an XLSX workbook: a sheet with one row per version (lists one item a line in a
 * cell), then one sheet per repeatable list (roles, events hosted, initiatives, planned events) with one row per
 * item, keyed by year, ministry, area, version and the item's number.
 */
public final class ContributionsWorkbook {

    private ContributionsWorkbook() {
    }

    /**
     * @param versions the rows, in the order given
     * @param language {@code vi} for Vietnamese sheet names and headers, else English
     * @param zone the zone in which times are written (Excel's date-times have none); the headers name it
     */
    public static byte[] write(List<RegisteredContribution> versions, Locale language, ZoneId zone) {
        try (WorkbookWriter workbook = new WorkbookWriter(language)) {
            workbook.sheet(CONTRIBUTIONS.in(language), ContributionColumns.versions(language, zone), versions);
            workbook.sheet(ROLES.in(language), ContributionColumns.roles(language),
                    ListRow.of(versions, Contribution::roles));
            workbook.sheet(EVENTS_HOSTED.in(language), ContributionColumns.events(language),
                    ListRow.of(versions, Contribution::eventsHosted));
            workbook.sheet(INITIATIVES.in(language), ContributionColumns.initiatives(language),
                    ListRow.of(versions, Contribution::initiatives));
            workbook.sheet(PLANNED_EVENTS.in(language), ContributionColumns.events(language),
                    ListRow.of(versions, c -> c.nextYear().plannedEvents()));
            return workbook.toBytes();
        }
    }
}
