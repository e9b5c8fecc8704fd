package asean.review.report.web;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.auth.Roles;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where the year stands: every expected ministry with its state, counts per state and per pillar, the days left to
 * the deadline. While it is open the page asks for {@code /status} again every few seconds (htmx), so it follows
 * submissions and reviews by itself; without JavaScript, reloading shows the same.
 */
@Path("/years/{year}")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance dashboard(OfficePage page, Cycle cycle, Status status, String saved);

        static native TemplateInstance dashboard$status(OfficePage page, Cycle cycle, Status status);
    }

    /** The dashboard's changing part. */
    public record Status(long daysLeft, Completeness completeness, List<MinistryRow> ministries,
            List<YearStanding.PillarRow> pillars, String updatedAt) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }
    }

    public record MinistryRow(String code, String name, boolean expected, Completeness.Status status,
            String firstSubmittedAt, int contributions, int accepted, int pendingReview, int returned) {

        public String statusKey() {
            return "status_" + status.name();
        }

        public boolean missing() {
            return status == Completeness.Status.MISSING;
        }
    }

    private final OfficePages pages;
    private final Registry registry;
    private final YearStanding standings;
    private final LocalTimes times;

    public DashboardPage(OfficePages pages, Registry registry, YearStanding standings, LocalTimes times) {
        this.pages = pages;
        this.registry = registry;
        this.standings = standings;
        this.times = times;
    }

    @GET
    public TemplateInstance dashboard(@PathParam("year") int year, @QueryParam("saved") String saved) {
        CyclePages.checkYear(year);
        if (registry.cycle(year).isEmpty()) {
            return pages.localized(Templates.dashboard(pages.page(year, "dashboard"), null, null, saved));
        }
        YearStanding.Standing standing = standings.of(year);
        return pages.localized(Templates.dashboard(pages.page(year, "dashboard"), standing.cycle(), status(standing),
                saved));
    }

    /** The changing part alone, for the page to replace while it is open. */
    @GET
    @Path("status")
    public TemplateInstance status(@PathParam("year") int year) {
        CyclePages.checkYear(year);
        YearStanding.Standing standing = standings.of(year);
        return pages.localized(Templates.dashboard$status(pages.page(year, "dashboard"), standing.cycle(),
                status(standing)));
    }

    private Status status(YearStanding.Standing standing) {
        Completeness completeness = standing.completeness();
        List<MinistryRow> ministries = completeness.ministries().stream()
                .map(m -> new MinistryRow(m.ministry(), pages.ministryName(m.ministry()), m.expected(), m.status(),
                        times.of(m.firstSubmittedAt()), m.contributions(), m.accepted(), m.pendingReview(),
                        m.returned()))
                .sorted(Comparator.comparing((MinistryRow m) -> m.status().ordinal()).reversed()
                        .thenComparing(MinistryRow::name))
                .toList();
        long daysLeft = ChronoUnit.DAYS.between(pages.today(), standing.cycle().deadline());
        return new Status(daysLeft, completeness, ministries, standing.pillars(), times.timeNow());
    }
}
