package asean.review.report.rest;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import asean.review.report.render.BriefFormat;
import asean.review.report.render.BriefLanguage;

/** The format and language a client asked for, and the answer that carries a brief in them. */
record BriefNegotiation(BriefFormat format, Locale language) {

    static BriefNegotiation of(String format, String lang, HttpHeaders headers) {
        BriefFormat chosen = BriefFormat.negotiate(format, headers.getAcceptableMediaTypes())
                .orElseThrow(() -> format != null
                        ? new BadRequestException("unknown format '" + format + "'; use one of " + BriefFormat.names())
                        : new NotAcceptableException("the brief is served as text/markdown, text/html,"
                                + " application/json, application/pdf or the DOCX type"));
        Locale language = BriefLanguage.negotiate(lang, headers.getAcceptableLanguages())
                .orElseThrow(() -> new BadRequestException("unknown language '" + lang + "'; use one of "
                        + BriefLanguage.names()));
        return new BriefNegotiation(chosen, language);
    }

    /** A tag for this document: what it was built from (a revision or an edition), format and language. */
    EntityTag tag(String source) {
        return new EntityTag(source + "-" + format.extension() + "-" + language.getLanguage());
    }

    /** 304 when the client already holds {@code tag}; otherwise null. */
    static Response notModified(Request request, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified == null ? null : notModified.header("Vary", "Accept, Accept-Language").build();
    }

    Response ok(byte[] body, EntityTag tag, String fileName) {
        return Response.ok(body)
                .type(format.isDocument() ? format.mediaType() : format.mediaType().withCharset("UTF-8"))
                .language(language)
                .tag(tag)
                .header("Vary", "Accept, Accept-Language")
                .header("Content-Disposition", (format.isDocument() ? "attachment" : "inline")
                        + "; filename=\"" + fileName + "." + format.extension() + "\"")
                .build();
    }
}
