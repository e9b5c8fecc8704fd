package asean.review.report.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import asean.review.contract.auth.Roles;
import asean.review.report.export.ExportFormat;
import asean.review.report.service.ExportService;

/**
 * The year's contributions (latest accepted, or every version) and its audit trail as XLSX and CSV, downloaded from
 * the office's pages with its session, headers in the page's language; the same files as the export API's.
 */
@Path("/years/{year}/export")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.WILDCARD)
public class ExportPages {

    private final OfficePages pages;
    private final ExportService exports;

    public ExportPages(OfficePages pages, ExportService exports) {
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Path("contributions.{format:xlsx|csv}")
    public Response contributions(@PathParam("year") int year, @PathParam("format") String format,
            @QueryParam("versions") @DefaultValue("accepted") String versions) {
        CyclePages.checkYear(year);
        return exports.contributions(year, ExportService.Versions.named(versions), ExportFormat.ofExtension(format),
                pages.locale()).download(pages.locale());
    }

    @GET
    @Path("audit.{format:xlsx|csv}")
    public Response audit(@PathParam("year") int year, @PathParam("format") String format) {
        CyclePages.checkYear(year);
        return exports.audit(year, ExportFormat.ofExtension(format), pages.locale()).download(pages.locale());
    }
}
