package asean.review.ingest.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;
import asean.review.contract.auth.Roles;
import asean.review.ingest.service.Draft;
import asean.review.ingest.service.DraftStore;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The officer's home: his ministry's contributions per reporting year with their state, and his drafts (for the
 * office on a ministry's behalf, that ministry's, and its user's drafts for it). The office signed in here, outside
 * any ministry, gets the ministries to enter on behalf of.
 */
@Path("/")
@RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<YearView> years, List<DraftLine> drafts, int nextYear);

        static native TemplateInstance office(Page page, List<MinistryLink> current, List<MinistryLink> former);
    }

    /** A ministry the office may enter on behalf of; {@code until} is the last day of a former one. */
    public record MinistryLink(String code, String name, LocalDate until) {

        public String url() {
            return OnBehalfPages.base(code);
        }
    }

    /** One reporting year: its deadline (null if the office has not opened the cycle) and the contributions. */
    public record YearView(int year, LocalDate deadline, List<ContributionLine> contributions) {
    }

    /** A contribution's latest registered version and where it stands with the office. */
    public record ContributionLine(String base, int year, String ministry, String area, String areaName, int version,
            String registeredAt, ReviewState state, String reviewMessage) {

        public String stateKey() {
            return "state_" + (state == null ? ReviewState.PENDING_REVIEW : state).name();
        }

        public boolean returned() {
            return state == ReviewState.RETURNED;
        }

        public String amendUrl() {
            return base + "/contributions/" + year + "/" + ministry + "/" + area + "/amend";
        }

        public String historyUrl() {
            return base + "/contributions/" + year + "/" + ministry + "/" + area + "/history";
        }

        public int nextYear() {
            return year + 1;
        }

        /** Next year's contribution for the same area, prefilled from this year's accepted one. */
        public String nextYearUrl() {
            return base + "/contributions/new?from=last-year&year=" + (year + 1) + "&area=" + area;
        }
    }

    public record DraftLine(String url, String year, String area, String summary, String updatedAt, boolean amends) {
    }

    private final Pages pages;
    private final Registry registry;
    private final DraftStore drafts;
    private final ReferenceData reference;
    private final LocalTimes times;

    public HomePage(Pages pages, Registry registry, DraftStore drafts, ReferenceData reference, LocalTimes times) {
        this.pages = pages;
        this.registry = registry;
        this.drafts = drafts;
        this.reference = reference;
        this.times = times;
    }

    @GET
    public TemplateInstance home() {
        if (pages.officeOutsideAMinistry()) {
            return office();
        }
        String ministry = pages.ministry();
        List<RegisteredContribution> contributions = registry.contributions(ministry);
        Map<Integer, LocalDate> deadlines = new TreeMap<>();
        for (Cycle cycle : registry.cycles()) {
            deadlines.put(cycle.year(), cycle.deadline());
        }
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(deadlines.keySet());
        contributions.forEach(c -> years.add(c.contribution().year()));
        List<YearView> views = new ArrayList<>();
        for (int year : years) {
            List<ContributionLine> lines = contributions.stream()
                    .filter(c -> c.contribution().year() == year)
                    .sorted(Comparator.comparing(c -> c.contribution().area()))
                    .map(this::line)
                    .toList();
            views.add(new YearView(year, deadlines.get(year), lines));
        }
        List<DraftLine> draftLines = drafts.list(pages.user()).stream()
                .filter(d -> ministry.equals(d.ministry()))
                .map(this::draftLine).toList();
        return pages.localized(Templates.home(pages.page(), views, draftLines, pages.currentYear()));
    }

    /** The ministries of the reference data, those of today first, then the former ones (for earlier years). */
    private TemplateInstance office() {
        List<MinistryLink> current = new ArrayList<>();
        List<MinistryLink> former = new ArrayList<>();
        for (ReferenceData.Ministry m : reference.ministries()) {
            MinistryLink link = new MinistryLink(m.code(), pages.nameOf(m.code()), m.validTo());
            (m.validTo() == null ? current : former).add(link);
        }
        return pages.localized(Templates.office(pages.officePage(), current, former));
    }

    private ContributionLine line(RegisteredContribution c) {
        String areaName = c.contribution().areaName() != null ? c.contribution().areaName()
                : reference.area(c.contribution().area()).map(ReferenceData.Area::name).orElse("");
        return new ContributionLine(pages.base(), c.contribution().year(), c.contribution().ministry(),
                c.contribution().area(), areaName, c.version(), times.of(c.registeredAt()),
                c.review() == null ? null : c.review().state(), c.review() == null ? null : c.review().message());
    }

    private DraftLine draftLine(Draft draft) {
        var form = draft.content().form();
        String summary = form.summary == null ? "" : form.summary.length() > 80
                ? form.summary.substring(0, 80) + "…" : form.summary;
        return new DraftLine(pages.base() + "/drafts/" + draft.id(), form.year, form.area, summary,
                times.of(draft.updatedAt()), draft.content().amends() != null);
    }
}
