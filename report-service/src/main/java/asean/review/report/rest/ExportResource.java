package asean.review.report.rest;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.contract.auth.Roles;
import asean.review.report.export.ExportFormat;
import asean.review.report.render.BriefLanguage;
import asean.review.report.service.ExportService;

/** A year's contributions and audit trail as XLSX or CSV files, for the office's spreadsheets and archives. */
@Path("/api/v1/exports/{year}")
@RolesAllowed(Roles.COORDINATOR)
public class ExportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/contributions.{format:xlsx|csv}")
    @Operation(summary = "The year's contributions: ?versions=accepted (default: the latest accepted version of"
            + " each) or all (every version); headers in ?lang=en|vi or by Accept-Language")
    @APIResponse(responseCode = "200", description = "The contributions, as an attachment", content = {
            @Content(mediaType = XLSX), @Content(mediaType = "text/csv") })
    @APIResponse(responseCode = "400", description = "Unknown versions: use accepted or all")
    @APIResponse(responseCode = "503", description = "The registry could not be reached; retry later")
    public Response contributions(@PathParam("year") int year, @PathParam("format") String format,
            @QueryParam("versions") @DefaultValue("accepted") String versions, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        BriefResource.checkYear(year);
        Locale language = language(lang, headers);
        return exports.contributions(year, ExportService.Versions.named(versions), ExportFormat.ofExtension(format),
                language).download(language);
    }

    @GET
    @Path("/audit.{format:xlsx|csv}")
    @Operation(summary = "Every change of state in the year: who did what, and when; headers in ?lang=en|vi or by"
            + " Accept-Language")
    @APIResponse(responseCode = "200", description = "The audit trail, as an attachment", content = {
            @Content(mediaType = XLSX), @Content(mediaType = "text/csv") })
    @APIResponse(responseCode = "503", description = "The registry could not be reached; retry later")
    public Response audit(@PathParam("year") int year, @PathParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        BriefResource.checkYear(year);
        Locale language = language(lang, headers);
        return exports.audit(year, ExportFormat.ofExtension(format), language).download(language);
    }

    private static Locale language(String lang, HttpHeaders headers) {
        return BriefLanguage.negotiate(BriefLanguage.EXPORTS, lang, headers.getAcceptableLanguages())
                .orElseThrow(() -> new BadRequestException("unknown language '" + lang + "'; use one of "
                        + BriefLanguage.names(BriefLanguage.EXPORTS)));
    }
}
