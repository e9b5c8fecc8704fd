package asean.review.ingest.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
import jakarta.ws.rs.core.UriBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Contribution;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.ReferenceData;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.auth.Roles;
import asean.review.ingest.service.ContributionValidator;
import asean.review.ingest.service.Draft;
import asean.review.ingest.service.Draft.DraftContent;
import asean.review.ingest.service.DraftNotFoundException;
import asean.review.ingest.service.DraftStore;
import asean.review.ingest.service.FormsLeftAtSignIn;
import asean.review.ingest.service.IdempotencyConflictException;
import asean.review.ingest.service.IdempotencyStoreUnavailableException;
import asean.review.ingest.service.InvalidContributionException;
import asean.review.ingest.service.PublishFailedException;
import asean.review.ingest.service.SubmissionAccepted;
import asean.review.ingest.service.SubmissionService;
import asean.review.ingest.web.PageException.Kind;
import asean.review.ingest.web.form.ContributionForm;
import asean.review.ingest.web.form.FormErrors;
import asean.review.ingest.web.form.FormView;
import asean.review.web.LocalTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The contribution form: new, from last year's, amending a registered one, or a draft. Every post saves the draft;
 * {@code action} says what else to do: {@code add:<group>} or {@code remove:<group>:<index>} a row, {@code validate},
 * {@code submit} (through the API's {@link SubmissionService}), or just save. Without JavaScript each post answers the
 * whole page; with htmx ({@code HX-Request}) the same endpoint answers the form fragment of the same template. The
 * office uses the same form on a ministry's behalf ({@link OnBehalfPages}); {@link Pages#ministry()} says for which
 * ministry, and refuses the office here otherwise.
 */
@Path("/")
@RolesAllowed({ Roles.SUBMITTER, Roles.COORDINATOR })
@Produces(MediaType.TEXT_HTML)
public class ContributionPages {

    /** The cookie of quarkus-rest-csrf's double submit: it outlives a session, so it identifies the browser. */
    static final String CSRF_COOKIE = "csrf-token";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, FormPage f, Choices choices);

        static native TemplateInstance form$form(Page page, FormPage f, Choices choices);

        static native TemplateInstance form$saved(Page page, FormPage f, Choices choices);

        static native TemplateInstance history(Page page, String ministryName, int year, String area,
                String areaName, List<RegisteredContribution> versions);
    }

    private final Pages pages;
    private final Choices choices;
    private final DraftStore drafts;
    private final Registry registry;
    private final ContributionValidator validator;
    private final SubmissionService submissions;
    private final ReferenceData reference;
    private final ObjectMapper json;
    private final FormsLeftAtSignIn formsLeft;
    private final LocalTimes times;

    public ContributionPages(Pages pages, Choices choices, DraftStore drafts, Registry registry,
            ContributionValidator validator, SubmissionService submissions, ReferenceData reference,
            ObjectMapper json, FormsLeftAtSignIn formsLeft, LocalTimes times) {
        this.pages = pages;
        this.choices = choices;
        this.drafts = drafts;
        this.registry = registry;
        this.validator = validator;
        this.submissions = submissions;
        this.reference = reference;
        this.json = json;
        this.formsLeft = formsLeft;
        this.times = times;
    }

    /**
     * A new contribution (nothing stored until the first post). With {@code from=last-year}, {@code year} and
     * {@code area}: prefilled from that area's accepted contribution of the year before, for {@code year}.
     */
    @GET
    @Path("contributions/new")
    public TemplateInstance newContribution(@QueryParam("year") Integer year, @QueryParam("area") String area,
            @QueryParam("from") String from) {
        String ministry = pages.ministry();
        ContributionForm form = new ContributionForm();
        String notice = null;
        if ("last-year".equals(from) && year != null && area != null) {
            Optional<RegisteredContribution> last = registry.accepted(year - 1, ministry, area);
            if (last.isPresent()) {
                form = ContributionForm.of(last.get().contribution());
                notice = "noticeFromLastYear";
            } else {
                form.area = area;
                form.pillar = reference.area(area).map(ReferenceData.Area::pillar).orElse(null);
                notice = "noticeNoLastYear";
            }
        }
        form.year = year == null ? Integer.toString(pages.currentYear()) : year.toString();
        if (form.language == null) {
            form.language = pages.lang();
        }
        return render(false, UUID.randomUUID(), new DraftContent(form, null), FormErrors.NONE, notice, null);
    }

    /** Amends a registered contribution: the form starts from its latest version, beside the office's review. */
    @GET
    @Path("contributions/{year}/{ministry}/{area}/amend")
    public TemplateInstance amend(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area) {
        pages.checkOwn(ministry);
        List<RegisteredContribution> versions = registry.versions(year, ministry, area);
        RegisteredContribution latest = versions.get(versions.size() - 1);
        ContributionForm form = ContributionForm.of(latest.contribution());
        return render(false, UUID.randomUUID(), new DraftContent(form, year + "/" + ministry + "/" + area),
                FormErrors.NONE, null, null);
    }

    @GET
    @Path("contributions/{year}/{ministry}/{area}/history")
    public TemplateInstance history(@PathParam("year") int year, @PathParam("ministry") String ministry,
            @PathParam("area") String area) {
        pages.checkOwn(ministry);
        List<RegisteredContribution> versions = registry.versions(year, ministry, area);
        return pages.localized(Templates.history(pages.page(), pages.ministryName(year), year, area,
                choices.areaName(area), versions));
    }

    /**
     * A draft; with {@code resume}, the form this browser posted after the officer's session ended, taken back now
     * that he signed in again and saved into the draft, so that nothing typed is lost. Another officer's draft takes
     * nothing back (a draft never saved before has no owner yet: it goes to whoever signs in in that browser).
     */
    @GET
    @Path("drafts/{id}")
    public TemplateInstance draft(@PathParam("id") UUID id, @QueryParam("resume") UUID resume,
            @CookieParam(CSRF_COOKIE) String csrfCookie) {
        pages.ministry(); // refuses whom these pages are not for before a kept form is taken back
        Optional<DraftContent> left = resume == null || drafts.belongsToAnother(id, pages.user()) ? Optional.empty()
                : formsLeft.take(resume, id, csrfCookie);
        if (left.isPresent()) {
            save(id, left.get());
            return render(false, id, left.get(), FormErrors.NONE, "noticeRestored", now());
        }
        Draft draft = own(id);
        return render(false, id, draft.content(), FormErrors.NONE, null, null);
    }

    /**
     * Every post of the form. One that comes after the officer's session ended is kept (bound to this browser) and
     * the officer is sent to sign in again, then back to the draft with that form ({@link #draft}): it is the one
     * page open to a browser that is not signed in, the CSRF check applying all the same.
     */
    @POST
    @Path("drafts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response post(@PathParam("id") UUID id, MultivaluedMap<String, String> params,
            @HeaderParam("HX-Request") String htmx, @CookieParam(CSRF_COOKIE) String csrfCookie) {
        boolean fragment = "true".equals(htmx);
        DraftContent content = new DraftContent(ContributionForm.fromParams(params), amends(params));
        if (!pages.signedIn()) {
            URI resume = UriBuilder.fromPath(pages.base() + "/drafts/{id}")
                    .queryParam("resume", formsLeft.keep(id, csrfCookie, content)).build(id);
            return fragment ? Response.ok().header("HX-Redirect", resume.toString()).build()
                    : Response.seeOther(resume).build();
        }
        ContributionForm form = content.form();
        String action = params.getFirst("action") == null ? "save" : params.getFirst("action");
        if (action.startsWith("add:")) {
            form.addRow(action.substring(4));
            save(id, content);
            return ok(render(fragment, id, content, FormErrors.NONE, null, null));
        }
        if (action.startsWith("remove:")) {
            String[] parts = action.split(":");
            if (parts.length == 3 && parts[2].matches("\\d{1,3}")) {
                form.removeRow(parts[1], Integer.parseInt(parts[2]));
            }
            save(id, content);
            return ok(render(fragment, id, content, FormErrors.NONE, null, null));
        }
        if (!"validate".equals(action) && !"submit".equals(action)) {
            save(id, content);
            return ok(render(fragment, id, content, FormErrors.NONE, "noticeSaved", now()));
        }
        form.dropBlankRows();
        save(id, content);
        FormErrors errors = validate(form);
        if (!errors.isEmpty() || "validate".equals(action)) {
            return ok(render(fragment, id, content, errors, errors.isEmpty() ? "noticeValid" : null, null));
        }
        Contribution contribution = form.toContribution(pages.ministry());
        SubmissionAccepted accepted;
        try {
            accepted = submissions.submit(contribution, pages.submitter(), idempotencyKey(id, contribution));
        } catch (InvalidContributionException e) {
            return ok(render(fragment, id, content, new FormErrors(e.errors()), null, null));
        } catch (PublishFailedException | IdempotencyStoreUnavailableException | IdempotencyConflictException e) {
            return ok(render(fragment, id, content, FormErrors.NONE, "noticeNotSent", null));
        }
        drafts.delete(id, pages.user());
        URI next = UriBuilder.fromPath(pages.base() + "/submissions/{id}").queryParam("year", contribution.year())
                .queryParam("area", contribution.area()).build(accepted.submissionId());
        if (fragment) {
            return Response.ok().header("HX-Redirect", next.toString()).build();
        }
        return Response.seeOther(next).build();
    }

    /** The htmx autosave: saves what is typed, answers the "saved" line. */
    @POST
    @Path("drafts/{id}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance autosave(@PathParam("id") UUID id, MultivaluedMap<String, String> params) {
        DraftContent content = new DraftContent(ContributionForm.fromParams(params), amends(params));
        save(id, content);
        return pages.localized(Templates.form$saved(pages.page(), formPage(id, content, FormErrors.NONE, null,
                now()), choices));
    }

    /** The validator's errors; a year that is not a number is refused as the API refuses it (unreadable). */
    private FormErrors validate(ContributionForm form) {
        List<FieldError> errors;
        try {
            validator.check(form.toContribution(pages.ministry()));
            errors = List.of();
        } catch (InvalidContributionException e) {
            errors = e.errors();
        }
        if (form.yearUnreadable()) {
            errors = new java.util.ArrayList<>(errors.stream().filter(e -> !"year".equals(e.field())).toList());
            errors.add(0, new FieldError("year", "must be a whole number (the reporting year, 2000..2100)"));
        }
        return new FormErrors(errors);
    }

    /**
     * The Idempotency-Key of a form submission: the draft and what is submitted. A double post of the same form is
     * stored once; the same draft changed after a failed attempt is a new submission, not a 422.
     */
    private String idempotencyKey(UUID draft, Contribution contribution) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(contribution));
            return "draft-" + draft + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(UUID id, DraftContent content) {
        try {
            drafts.save(id, pages.user(), pages.ministry(), content);
        } catch (DraftNotFoundException e) {
            throw new PageException(Kind.NOT_FOUND, e.getMessage());
        }
    }

    /** The user's draft for the ministry these pages speak for. */
    private Draft own(UUID id) {
        String ministry = pages.ministry();
        return drafts.find(id, pages.user()).filter(d -> ministry.equals(d.ministry()))
                .orElseThrow(() -> new PageException(Kind.NOT_FOUND, "no draft " + id + " of yours"));
    }

    /** The hidden {@code amends} input: {@code year/ministry/area} of the contribution amended, only the ministry's own. */
    private String amends(MultivaluedMap<String, String> params) {
        String amends = params.getFirst("amends");
        if (amends == null || !amends.matches("\\d{4}/[A-Za-z0-9_:-]{1,64}/[A-Za-z0-9_:-]{1,64}")) {
            return null;
        }
        return amends;
    }

    private TemplateInstance render(boolean fragment, UUID id, DraftContent content, FormErrors errors,
            String notice, String savedAt) {
        FormPage f = formPage(id, content, errors, notice, savedAt);
        Page page = pages.page();
        return pages.localized(fragment ? Templates.form$form(page, f, choices) : Templates.form(page, f, choices));
    }

    private FormPage formPage(UUID id, DraftContent content, FormErrors errors, String notice, String savedAt) {
        Integer year = content.form().year == null || !content.form().year.strip().matches("\\d{4}") ? null
                : Integer.valueOf(content.form().year.strip());
        return new FormPage(new FormView(content.form(), errors), id, pages.base(), pages.ministry(),
                pages.ministryName(year), pages.ministryExistedIn(year), amending(content.amends()), notice, savedAt);
    }

    /** What the draft amends, with its latest version's review as the registry has it now. */
    private FormPage.Amending amending(String amends) {
        if (amends == null) {
            return null;
        }
        String[] parts = amends.split("/");
        pages.checkOwn(parts[1]);
        List<RegisteredContribution> versions = registry.versions(Integer.parseInt(parts[0]), parts[1], parts[2]);
        RegisteredContribution latest = versions.get(versions.size() - 1);
        return new FormPage.Amending(amends, Integer.parseInt(parts[0]), parts[2], latest.version(),
                latest.review());
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name())).build();
    }

    private String now() {
        return times.timeNow();
    }
}
