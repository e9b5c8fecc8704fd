package asean.review.report.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import asean.review.contract.auth.Roles;
import asean.review.report.brief.Brief;
import asean.review.report.render.BriefLanguage;
import asean.review.report.render.BriefRenderer;
import asean.review.report.rest.BriefNegotiation;
import asean.review.report.service.BriefService;
import asean.review.report.service.EditionService;
import asean.review.report.service.EditionView;
import asean.review.report.web.PageException.Kind;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The year's brief in the office's pages: previewed (each statement linking to the contribution and version it came
 * from), downloaded in PDF, DOCX and Markdown, frozen as an edition by the signed-in user; earlier editions listed
 * and opened the same way.
 */
@Path("/years/{year}")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class BriefPages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance brief(OfficePage page, int year, Integer edition, String briefLang,
                String body, List<EditionLine> editions, String downloads);
    }

    public record EditionLine(int number, String url, String frozenBy, String frozenAt) {
    }

    private final OfficePages pages;
    private final BriefService briefs;
    private final EditionService editions;
    private final BriefRenderer renderer;
    private final LocalTimes times;

    public BriefPages(OfficePages pages, BriefService briefs, EditionService editions, BriefRenderer renderer,
            LocalTimes times) {
        this.pages = pages;
        this.briefs = briefs;
        this.editions = editions;
        this.renderer = renderer;
        this.times = times;
    }

    @GET
    @Path("brief")
    public TemplateInstance current(@PathParam("year") int year, @QueryParam("lang") String lang) {
        CyclePages.checkYear(year);
        Brief brief = briefs.brief(briefs.current(year));
        return render(year, null, brief, lang, "/years/" + year + "/brief/download");
    }

    @GET
    @Path("brief/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("year") int year, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context Request request) {
        CyclePages.checkYear(year);
        BriefNegotiation chosen = BriefNegotiation.of(format, lang, headers);
        BriefService.Current current = briefs.current(year);
        return chosen.respond(request, current.revision(), current.revision(), "asean-review-" + year,
                () -> briefs.render(current, chosen.format(), chosen.language()));
    }

    @POST
    @Path("editions")
    public Response freeze(@PathParam("year") int year) {
        CyclePages.checkYear(year);
        EditionView edition = editions.freeze(briefs.brief(briefs.current(year)), pages.user());
        return Response.seeOther(URI.create("/years/" + year + "/editions/" + edition.number() + "?frozen=true"))
                .build();
    }

    @GET
    @Path("editions/{number}")
    public TemplateInstance edition(@PathParam("year") int year, @PathParam("number") int number,
            @QueryParam("lang") String lang) {
        CyclePages.checkYear(year);
        return render(year, number, frozen(year, number), lang, "/years/" + year + "/editions/" + number + "/download");
    }

    @GET
    @Path("editions/{number}/download")
    @Produces(MediaType.WILDCARD)
    public Response downloadEdition(@PathParam("year") int year, @PathParam("number") int number,
            @QueryParam("format") String format, @QueryParam("lang") String lang, @Context HttpHeaders headers,
            @Context Request request) {
        BriefNegotiation chosen = BriefNegotiation.of(format, lang, headers);
        Brief brief = frozen(year, number);
        String source = "edition-" + year + "-" + number;
        return chosen.respond(request, source, brief.revision(), "asean-review-" + year + "-edition-" + number,
                () -> briefs.render(source, () -> brief, chosen.format(), chosen.language()));
    }

    private Brief frozen(int year, int number) {
        return editions.brief(year, number).orElseThrow(() -> new PageException(Kind.NOT_FOUND,
                "there is no edition " + number + " of the " + year + " brief"));
    }

    /** The brief in {@code lang} (the page's language if none or unknown), with the year's editions. */
    private TemplateInstance render(int year, Integer edition, Brief brief, String lang, String downloads) {
        String briefLang = lang == null ? pages.lang()
                : BriefLanguage.negotiate(lang, List.of()).map(Locale::getLanguage).orElse(pages.lang());
        String body = renderer.preview(brief, Locale.forLanguageTag(briefLang), "/years/" + year + "/contributions");
        List<EditionLine> lines = editions.list(year).stream()
                .map(e -> new EditionLine(e.number(), "/years/" + year + "/editions/" + e.number(), e.frozenBy(),
                        times.of(e.frozenAt())))
                .toList();
        return pages.localized(Templates.brief(pages.page(year, "brief"), year, edition, briefLang, body, lines,
                downloads));
    }
}
