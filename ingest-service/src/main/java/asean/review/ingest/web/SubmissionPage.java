package asean.review.ingest.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import asean.review.contract.api.SubmissionStatus;
import asean.review.contract.auth.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where a submission stands, followed until the registry says registered or rejected: htmx polls the status
 * fragment every 2 s; without JavaScript the page refreshes itself (and has a refresh link) until then.
 */
@Path("/submissions/{id}")
@RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
@Produces(MediaType.TEXT_HTML)
public class SubmissionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submission(Page page, Tracking t);

        static native TemplateInstance submission$status(Page page, Tracking t);
    }

    /**
     * The submission's status, and the contribution it is for (year and area, as the form redirected); {@code base}
     * is where the pages it was sent from are.
     */
    public record Tracking(String base, UUID id, SubmissionStatus status, Integer year, String ministry, String area) {

        public boolean pending() {
            return status.status() == SubmissionStatus.State.PENDING;
        }

        public boolean registered() {
            return status.status() == SubmissionStatus.State.REGISTERED;
        }

        public String self() {
            return base + "/submissions/" + id + (year == null || area == null ? ""
                    : "?year=" + year + "&area=" + area);
        }

        public String statusUrl() {
            return base + "/submissions/" + id + "/status" + (year == null || area == null ? ""
                    : "?year=" + year + "&area=" + area);
        }

        public String historyUrl() {
            return year == null || area == null ? null
                    : base + "/contributions/" + year + "/" + ministry + "/" + area + "/history";
        }

        /** Once registered, where the office's review stands says it all ("registered, waiting for review"). */
        public String stateKey() {
            return registered() && status.review() != null ? "state_" + status.review().state().name()
                    : "submission_" + status.status().name();
        }
    }

    private final Pages pages;
    private final Registry registry;

    public SubmissionPage(Pages pages, Registry registry) {
        this.pages = pages;
        this.registry = registry;
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("area") String area) {
        return pages.localized(Templates.submission(pages.page(), tracking(id, year, area)));
    }

    @GET
    @Path("status")
    public TemplateInstance status(@PathParam("id") UUID id, @QueryParam("year") Integer year,
            @QueryParam("area") String area) {
        return pages.localized(Templates.submission$status(pages.page(), tracking(id, year, area)));
    }

    private Tracking tracking(UUID id, Integer year, String area) {
        String safeArea = area != null && area.matches("[A-Za-z0-9_:-]{1,64}") ? area : null;
        String ministry = pages.ministry();
        return new Tracking(pages.base(), id, registry.submission(id), year, ministry, safeArea);
    }
}
