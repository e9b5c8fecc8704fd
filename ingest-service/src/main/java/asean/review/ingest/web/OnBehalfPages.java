package asean.review.ingest.web;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import asean.review.contract.auth.Roles;
import io.quarkus.qute.TemplateInstance;

/**
 * The ministries' pages as the coordination office uses them to enter what a ministry sent by signed letter: the same
 * pages and form, under {@code /on-behalf/{ministry}}, speaking for the ministry the path names (never a field of
 * the form). What the office submits there is marked as entered by it on the ministry's behalf; its drafts stay its
 * user's own.
 */
@Path("/on-behalf/{behalfOf: [A-Za-z0-9_-]{1,64}}")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class OnBehalfPages {

    private final Pages pages;
    private final HomePage home;
    private final ContributionPages contributions;
    private final SubmissionPage submissions;

    public OnBehalfPages(Pages pages, HomePage home, ContributionPages contributions, SubmissionPage submissions) {
        this.pages = pages;
        this.home = home;
        this.contributions = contributions;
        this.submissions = submissions;
    }

    /** Where the pages of {@code ministry} are for the office. */
    static String base(String ministry) {
        return "/on-behalf/" + ministry;
    }

    @GET
    public TemplateInstance home(@PathParam("behalfOf") String ministry) {
        pages.speakFor(ministry);
        return home.home();
    }

    @GET
    @Path("contributions/new")
    public TemplateInstance newContribution(@PathParam("behalfOf") String ministry, @QueryParam("year") Integer year,
            @QueryParam("area") String area, @QueryParam("from") String from) {
        pages.speakFor(ministry);
        return contributions.newContribution(year, area, from);
    }

    @GET
    @Path("contributions/{year}/{ministry}/{area}/amend")
    public TemplateInstance amend(@PathParam("behalfOf") String behalfOf, @PathParam("year") int year,
            @PathParam("ministry") String ministry, @PathParam("area") String area) {
        pages.speakFor(behalfOf);
        return contributions.amend(year, ministry, area);
    }

    @GET
    @Path("contributions/{year}/{ministry}/{area}/history")
    public TemplateInstance history(@PathParam("behalfOf") String behalfOf, @PathParam("year") int year,
            @PathParam("ministry") String ministry, @PathParam("area") String area) {
        pages.speakFor(behalfOf);
        return contributions.history(year, ministry, area);
    }

    @GET
    @Path("drafts/{id}")
    public TemplateInstance draft(@PathParam("behalfOf") String ministry, @PathParam("id") UUID id,
            @QueryParam("resume") UUID resume, @CookieParam(ContributionPages.CSRF_COOKIE) String csrfCookie) {
        pages.speakFor(ministry);
        return contributions.draft(id, resume, csrfCookie);
    }

    /** Open without a session, as the ministries' form post is ({@link ContributionPages#post}): it checks the rest. */
    @POST
    @Path("drafts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response post(@PathParam("behalfOf") String ministry, @PathParam("id") UUID id,
            MultivaluedMap<String, String> params, @HeaderParam("HX-Request") String htmx,
            @CookieParam(ContributionPages.CSRF_COOKIE) String csrfCookie) {
        pages.speakFor(ministry);
        return contributions.post(id, params, htmx, csrfCookie);
    }

    @POST
    @Path("drafts/{id}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance autosave(@PathParam("behalfOf") String ministry, @PathParam("id") UUID id,
            MultivaluedMap<String, String> params) {
        pages.speakFor(ministry);
        return contributions.autosave(id, params);
    }

    @GET
    @Path("submissions/{id}")
    public TemplateInstance submission(@PathParam("behalfOf") String ministry, @PathParam("id") UUID id,
            @QueryParam("year") Integer year, @QueryParam("area") String area) {
        pages.speakFor(ministry);
        return submissions.page(id, year, area);
    }

    @GET
    @Path("submissions/{id}/status")
    public TemplateInstance submissionStatus(@PathParam("behalfOf") String ministry, @PathParam("id") UUID id,
            @QueryParam("year") Integer year, @QueryParam("area") String area) {
        pages.speakFor(ministry);
        return submissions.status(id, year, area);
    }
}
