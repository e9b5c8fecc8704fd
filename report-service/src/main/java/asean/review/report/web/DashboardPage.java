package asean.review.report.web;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import asean.review.contract.Pillar;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;
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
            List<PillarRow> pillars, String updatedAt) {

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

    public record PillarRow(Pillar pillar, int contributions, int accepted, int pendingReview, int returned) {
    }

    private final OfficePages pages;
    private final Registry registry;
    private final LocalTimes times;

    public DashboardPage(OfficePages pages, Registry registry, LocalTimes times) {
        this.pages = pages;
        this.registry = registry;
        this.times = times;
    }

    @GET
    public TemplateInstance dashboard(@PathParam("year") int year, @QueryParam("saved") String saved) {
        CyclePages.checkYear(year);
        Optional<Cycle> cycle = registry.cycle(year);
        Status status = cycle.map(c -> status(year, c)).orElse(null);
        return pages.localized(Templates.dashboard(pages.page(year, "dashboard"), cycle.orElse(null), status, saved));
    }

    /** The changing part alone, for the page to replace while it is open. */
    @GET
    @Path("status")
    public TemplateInstance status(@PathParam("year") int year) {
        CyclePages.checkYear(year);
        Cycle cycle = registry.cycle(year).orElseThrow(() -> new PageException(PageException.Kind.NOT_FOUND,
                "the office has not opened the cycle of " + year));
        return pages.localized(Templates.dashboard$status(pages.page(year, "dashboard"), cycle, status(year, cycle)));
    }

    private Status status(int year, Cycle cycle) {
        Completeness completeness = registry.completeness(year);
        List<RegisteredContribution> latest = registry.latest(year);
        List<MinistryRow> ministries = completeness.ministries().stream()
                .map(m -> new MinistryRow(m.ministry(), pages.ministryName(m.ministry()), m.expected(), m.status(),
                        times.of(m.firstSubmittedAt()), m.contributions(), m.accepted(), m.pendingReview(),
                        m.returned()))
                .sorted(Comparator.comparing((MinistryRow m) -> m.status().ordinal()).reversed()
                        .thenComparing(MinistryRow::name))
                .toList();
        long daysLeft = ChronoUnit.DAYS.between(pages.today(), cycle.deadline());
        return new Status(daysLeft, completeness, ministries, pillars(latest), times.timeNow());
    }

    private static List<PillarRow> pillars(List<RegisteredContribution> latest) {
        Map<Pillar, int[]> counts = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            counts.put(pillar, new int[4]);
        }
        for (RegisteredContribution c : latest) {
            int[] row = counts.get(Pillar.valueOf(c.contribution().pillar()));
            row[0]++;
            ReviewState state = c.review() == null ? ReviewState.PENDING_REVIEW : c.review().state();
            row[switch (state) {
                case ACCEPTED -> 1;
                case PENDING_REVIEW -> 2;
                case RETURNED -> 3;
            }]++;
        }
        return counts.entrySet().stream()
                .map(e -> new PillarRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3]))
                .toList();
    }
}
