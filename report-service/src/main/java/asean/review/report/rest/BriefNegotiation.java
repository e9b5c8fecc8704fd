package asean.review.report.rest;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefLanguage;

/** The format and language a client asked for, and the answer that carries a brief in them. */
public record BriefNegotiation(BriefFormat format, Locale language) {

    private static final String VARY = "Accept, Accept-Language";

    public static BriefNegotiation of(String format, String lang, HttpHeaders headers) {
        BriefFormat chosen = BriefFormat.negotiate(format, headers.getAcceptableMediaTypes())
                .orElseThrow(() -> format != null
                        ? new BadRequestException("unknown format '" + format + "'; use one of " + BriefFormat.names())
                        : new NotAcceptableException("the brief is served as text/markdown, text/html,"
                                + " application/json, application/pdf or the DOCX type"));
        Locale language = BriefLanguage.negotiate(lang, headers.getAcceptableLanguages())
                .orElseThrow(() -> new BadRequestException("unknown language '" + lang + "'; use one of "
                        + BriefLanguage.names(BriefLanguage.SUPPORTED)));
        return new BriefNegotiation(chosen, language);
    }

    /**
     * The document that {@code source} names (a data revision, an edition) in the chosen format and
     * language: {@code 304} when the client's If-None-Match already holds it, else {@code body}'s bytes.
     */
    public Response respond(Request request, String source, String revision, String fileName, Supplier<byte[]> body) {
        EntityTag tag = new EntityTag(source + "-" + format.extension() + "-" + language.getLanguage());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Vary", VARY).build();
        }
        return Response.ok(body.get())
                .type(format.isDocument() ? format.mediaType() : format.mediaType().withCharset("UTF-8"))
                .language(language)
                .tag(tag)
                .header("Vary", VARY)
                .header("X-Brief-Revision", revision)
                .header("Content-Disposition", (format.isDocument() ? "attachment" : "inline")
                        + "; filename=\"" + fileName + "." + format.extension() + "\"")
                .build();
    }
}
