package asean.review.report.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.report.brief.Brief;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Writes a compiled brief in one of its formats. Templates escape everything submitters wrote. */
@ApplicationScoped
public class BriefRenderer {

    private final Template markdown;
    private final Template html;
    private final ObjectMapper json;
    private final PdfWriter pdf;
    private final DocxWriter docx;

    public BriefRenderer(@Location("brief.md") Template markdown, @Location("brief.html") Template html,
            ObjectMapper json, PdfWriter pdf, DocxWriter docx) {
        this.markdown = markdown;
        this.html = html;
        this.json = json;
        this.pdf = pdf;
        this.docx = docx;
    }

    /** The brief in {@code format}; titles, labels and dates in {@code language}, submitted text as written. */
    public byte[] render(Brief brief, BriefFormat format, Locale language) {
        return switch (format) {
            case MD -> utf8(markdown.data("brief", brief).setLocale(language).render());
            case HTML -> utf8(html.data("brief", brief).data("lang", language.getLanguage()).data("sources", null)
                    .setLocale(language).render());
            case JSON -> utf8(toJson(brief));
            case PDF -> pdf.write(brief, language);
            case DOCX -> docx.write(brief, language);
        };
    }

    /**
     * The HTML brief's body for a page, each statement linking to the contribution and version it came from:
     * {@code sources}{@code /MINISTRY/AREA?version=N}.
     */
    public String preview(Brief brief, Locale language, String sources) {
        return html.getFragment("body").instance().data("brief", brief).data("lang", language.getLanguage())
                .data("sources", sources).setLocale(language).render();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String toJson(Brief brief) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief as JSON", e);
        }
    }
}
