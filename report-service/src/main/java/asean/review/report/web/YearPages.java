package asean.review.report.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import asean.review.contract.api.Cycle;
import asean.review.contract.auth.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The office's way in: the year it works on, and every year's cycle with a way to open the next. */
@Path("/")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class YearPages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance years(OfficePage page, List<Cycle> cycles, int suggestedYear);
    }

    private final OfficePages pages;
    private final Registry registry;

    public YearPages(OfficePages pages, Registry registry) {
        this.pages = pages;
        this.registry = registry;
    }

    /** The dashboard of this year's cycle, else of the latest cycle, else the list to open one. */
    @GET
    public Response home() {
        List<Cycle> cycles = registry.cycles();
        return Response.seeOther(URI.create(cycles.isEmpty() ? "/years" : "/years/" + pages.workingYear(cycles)))
                .build();
    }

    /** Every year's cycle; the form "open a year's cycle" comes back with {@code open} and goes to that cycle. */
    @GET
    @Path("years")
    public Object years(@QueryParam("open") Integer open) {
        if (open != null) {
            return Response.seeOther(URI.create("/years/" + open + "/cycle")).build();
        }
        List<Cycle> cycles = registry.cycles().stream().sorted(Comparator.comparing(Cycle::year).reversed()).toList();
        int thisYear = pages.today().getYear();
        int suggested = cycles.stream().anyMatch(c -> c.year() == thisYear) ? thisYear + 1 : thisYear;
        return pages.localized(Templates.years(pages.page(pages.workingYear(cycles), "years"), cycles, suggested));
    }
}
