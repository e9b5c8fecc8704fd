package asean.review.report.web;

import java.net.URI;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewDecision;
import asean.review.contract.api.ReviewState;
import asean.review.contract.auth.Roles;
import asean.review.report.diff.ContributionDiff;
import asean.review.report.web.PageException.Kind;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The office's review: the versions waiting for it, and each contribution's version beside the previous one with the
 * differences marked field by field, its activity, and the decision (accept, or return with a message).
 */
@Path("/years/{year}")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance queue(OfficePage page, List<QueueLine> waiting, List<QueueLine> returned);

        static native TemplateInstance contribution(OfficePage page, String ministryName, VersionView shown,
                int latest, String latestUrl, List<VersionView> versions, ContributionDiff diff,
                List<ActivityFeed.Entry> activity, DecisionForm decision, String reviewed);
    }

    public record QueueLine(String url, String ministry, String ministryName, String area, String areaName,
            int version, String submittedAt, String submittedBy, String reviewMessage) {

        public boolean amendment() {
            return version > 1;
        }
    }

    /** One version as the page shows it. */
    public record VersionView(int number, String url, String submittedAt, String registeredAt, String submittedBy,
            ReviewState state, String reviewMessage, String reviewedBy, String reviewedAt,
            RegisteredContribution registered) {

        public String stateKey() {
            return "state_" + state.name();
        }

        public int previous() {
            return number - 1;
        }
    }

    /** The decision form: the one the office typed, with the error that sent it back. */
    public record DecisionForm(String postUrl, String decision, String message, String errorKey, String problem) {
    }

    private final OfficePages pages;
    private final Registry registry;
    private final YearStanding standings;
    private final LocalTimes times;

    public ReviewPages(OfficePages pages, Registry registry, YearStanding standings, LocalTimes times) {
        this.pages = pages;
        this.registry = registry;
        this.standings = standings;
        this.times = times;
    }

    @GET
    @Path("reviews")
    public TemplateInstance queue(@PathParam("year") int year) {
        CyclePages.checkYear(year);
        List<RegisteredContribution> latest = registry.latest(year).stream()
                .sorted(Comparator.comparing(RegisteredContribution::submittedAt))
                .toList();
        return pages.localized(Templates.queue(pages.page(year, "reviews"),
                lines(latest, ReviewState.PENDING_REVIEW), lines(latest, ReviewState.RETURNED)));
    }

    @GET
    @Path("contributions/{ministry}/{area}")
    public TemplateInstance contribution(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area, @QueryParam("version") Integer version,
            @QueryParam("reviewed") String reviewed) {
        String reviewedKey = "ACCEPT".equals(reviewed) || "RETURN".equals(reviewed) ? "reviewed_" + reviewed : null;
        return render(year, ministry, area, version, null, reviewedKey);
    }

    @POST
    @Path("contributions/{ministry}/{area}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object review(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area, @PathParam("version") int version,
            @FormParam("decision") String decision, @FormParam("message") String message) {
        String url = url(year, ministry, area);
        ReviewDecision.Decision chosen = "ACCEPT".equals(decision) ? ReviewDecision.Decision.ACCEPT
                : "RETURN".equals(decision) ? ReviewDecision.Decision.RETURN : null;
        String typed = message == null || message.isBlank() ? null
                : Normalizer.normalize(message.strip(), Normalizer.Form.NFC);
        String error = chosen == null ? "review_error_noDecision"
                : chosen == ReviewDecision.Decision.RETURN && typed == null ? "review_error_noMessage" : null;
        if (error == null) {
            try {
                registry.review(year, ministry, area, version, new ReviewDecision(chosen, typed));
                standings.forget(year);
                return Response.seeOther(URI.create(url + "?reviewed=" + chosen.name())).build();
            } catch (Registry.Refusal refusal) {
                return Response.status(409).entity(render(year, ministry, area, null,
                        new DecisionForm(null, decision, message, null, refusal.getMessage()), null)).build();
            }
        }
        return Response.status(400).entity(render(year, ministry, area, null,
                new DecisionForm(null, decision, message, error, null), null)).build();
    }

    private TemplateInstance render(int year, String ministry, String area, Integer version, DecisionForm typed,
            String reviewed) {
        CyclePages.checkYear(year);
        List<RegisteredContribution> history = registry.history(year, ministry, area);
        List<VersionView> versions = history.stream().map(r -> view(year, r)).toList();
        int latest = history.size();
        int number = version == null ? latest : version;
        if (number < 1 || number > latest) {
            throw new PageException(Kind.NOT_FOUND, "contribution " + year + ":" + ministry + ":" + area
                    + " has no version " + number + "; it has " + latest);
        }
        RegisteredContribution shown = history.get(number - 1);
        RegisteredContribution previous = number > 1 ? history.get(number - 2) : null;
        ContributionDiff diff = ContributionDiff.between(previous == null ? null : previous.contribution(),
                shown.contribution());
        String postUrl = url(year, ministry, area) + "/versions/" + latest + "/review";
        DecisionForm decision = typed == null ? new DecisionForm(postUrl, null, null, null, null)
                : new DecisionForm(postUrl, typed.decision(), typed.message(), typed.errorKey(), typed.problem());
        List<ActivityFeed.Entry> activity = ActivityFeed.of(history, registry.audit(year, ministry, area), times);
        return pages.localized(Templates.contribution(pages.page(year, "reviews"), pages.ministryName(ministry),
                versions.get(number - 1), latest, versions.get(latest - 1).url(), versions, diff, activity, decision,
                reviewed));
    }

    private List<QueueLine> lines(List<RegisteredContribution> latest, ReviewState state) {
        return latest.stream().filter(r -> state(r) == state)
                .map(r -> new QueueLine(url(r.contribution().year(), r.contribution().ministry(),
                        r.contribution().area()), r.contribution().ministry(),
                        pages.ministryName(r.contribution().ministry()), r.contribution().area(),
                        r.contribution().areaName(), r.version(), times.of(r.submittedAt()), r.submittedBy(),
                        r.review() == null ? null : r.review().message()))
                .toList();
    }

    private VersionView view(int year, RegisteredContribution r) {
        String url = url(year, r.contribution().ministry(), r.contribution().area()) + "?version=" + r.version();
        return new VersionView(r.version(), url, times.of(r.submittedAt()), times.of(r.registeredAt()),
                r.submittedBy(), state(r), r.review() == null ? null : r.review().message(),
                r.review() == null ? null : r.review().reviewedBy(),
                r.review() == null ? null : times.of(r.review().reviewedAt()), r);
    }

    private static ReviewState state(RegisteredContribution r) {
        return r.review() == null || r.review().state() == null ? ReviewState.PENDING_REVIEW : r.review().state();
    }

    static String url(int year, String ministry, String area) {
        return "/years/" + year + "/contributions/" + ministry + "/" + area;
    }
}
