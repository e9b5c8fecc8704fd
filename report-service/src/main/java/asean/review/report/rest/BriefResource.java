package asean.review.report.rest;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefLanguage;
import asean.review.report.service.BriefService;

@Path("/api/v1/briefs")
public class BriefResource {

    private final BriefService briefs;

    public BriefResource(BriefService briefs) {
        this.briefs = briefs;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "The year-end review brief, compiled from the registry's current data;"
            + " format by Accept or ?format=md|html|json|pdf|docx, language by Accept-Language or ?lang=en|vi")
    @APIResponse(responseCode = "200", description = "The brief", content = {
            @Content(mediaType = "text/markdown"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/json"), @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document") })
    public Response brief(@PathParam("year") int year, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context Request request) {
        if (year < 2000 || year > 2100) {
            throw new BadRequestException("year must be between 2000 and 2100");
        }
        BriefFormat chosen = BriefFormat.negotiate(format, headers.getAcceptableMediaTypes())
                .orElseThrow(() -> format != null
                        ? new BadRequestException("unknown format '" + format + "'; use one of " + BriefFormat.names())
                        : new NotAcceptableException("the brief is served as text/markdown, text/html,"
                                + " application/json, application/pdf or the DOCX type"));
        Locale language = BriefLanguage.negotiate(lang, headers.getAcceptableLanguages())
                .orElseThrow(() -> new BadRequestException("unknown language '" + lang + "'; use one of "
                        + BriefLanguage.names()));
        BriefService.Current current = briefs.current(year);
        EntityTag etag = new EntityTag(current.revision().substring(0, 32) + "-" + chosen.extension() + "-"
                + language.getLanguage());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.header("Vary", "Accept, Accept-Language").build();
        }
        return Response.ok(briefs.render(current, chosen, language))
                .tag(etag)
                .type(chosen.isDocument() ? chosen.mediaType() : chosen.mediaType().withCharset("UTF-8"))
                .language(language)
                .header("Vary", "Accept, Accept-Language")
                .header("X-Brief-Revision", current.revision())
                .header("Content-Disposition", (chosen.isDocument() ? "attachment" : "inline")
                        + "; filename=\"asean-review-" + year + "." + chosen.extension() + "\"")
                .build();
    }
}
