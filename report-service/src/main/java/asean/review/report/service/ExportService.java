package asean.review.report.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.RegisteredContribution;
import asean.review.report.client.RegistryClient;
import asean.review.report.export.AuditCsv;
import asean.review.report.export.AuditWorkbook;
import asean.review.report.export.ContributionsCsv;
import asean.review.report.export.ContributionsWorkbook;
import asean.review.report.export.ExportFormat;

/**
 * A year's contributions and audit trail, read from the registry with the caller's token, as files for the
 * office's spreadsheets and archives. Times are written in the country's zone, from the registry's reference
 * data. A registry that cannot be reached is a {@link RegistryUnavailableException}.
 */
@ApplicationScoped
public class ExportService {

    /** Which versions of each contribution an export holds. */
    public enum Versions {
        /** The latest accepted version of each contribution: what the brief reports. */
        ACCEPTED,
        /** Every version, whatever its review, by ministry, area and version. */
        ALL;

        /** {@code accepted} or {@code all}, as a query parameter names them. */
        public static Versions named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "accepted" -> ACCEPTED;
                case "all" -> ALL;
                default -> throw new BadRequestException("unknown versions '" + name + "'; use accepted or all");
            };
        }
    }

    private final RegistryClient registry;

    public ExportService(@RestClient RegistryClient registry) {
        this.registry = registry;
    }

    /** Named {@code asean-review-{year}-contributions[-all-versions].{xlsx|csv}}. */
    public ExportFile contributions(int year, Versions versions, ExportFormat format, Locale language) {
        List<RegisteredContribution> rows = call(() -> versions == Versions.ALL
                ? registry.versions(year)
                : registry.contributions(year, true));
        ZoneId zone = zone();
        byte[] content = format == ExportFormat.XLSX
                ? ContributionsWorkbook.write(rows, language, zone)
                : ContributionsCsv.write(rows, language, zone);
        String name = "asean-review-" + year + "-contributions" + (versions == Versions.ALL ? "-all-versions" : "");
        return new ExportFile(name + "." + format.extension(), format, content);
    }

    /** Named {@code asean-review-{year}-audit.{xlsx|csv}}. */
    public ExportFile audit(int year, ExportFormat format, Locale language) {
        List<AuditEntry> entries = call(() -> registry.audit(year));
        ZoneId zone = zone();
        byte[] content = format == ExportFormat.XLSX
                ? AuditWorkbook.write(entries, language, zone)
                : AuditCsv.write(entries, language, zone);
        return new ExportFile("asean-review-" + year + "-audit." + format.extension(), format, content);
    }

    private ZoneId zone() {
        return ZoneId.of(call(registry::reference).country().timeZone());
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new RegistryUnavailableException("export the year's data", e);
        }
    }
}
