package asean.review.report.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import asean.review.contract.ReferenceData;
import asean.review.contract.auth.Roles;
import asean.review.report.client.KeycloakUnavailableException;
import asean.review.report.service.AddedOfficer;
import asean.review.report.service.NewOfficer;
import asean.review.report.service.Officer;
import asean.review.report.service.OfficerConflictException;
import asean.review.report.service.OfficerMove;
import asean.review.report.service.OfficerNotFoundException;
import asean.review.report.service.OfficerService;
import asean.review.report.service.UnknownMinistryException;
import asean.review.report.web.PageException.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ministries' officers, managed by the office without Keycloak's console: listed by ministry, added (a deputy
 * too) with a one-time password shown once, disabled or enabled, re-assigned, given a new one-time password; and
 * when ministries merge, every officer of one moved to another in one step.
 */
@Path("/people")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance people(OfficePage page, List<OfficerLine> officers, String ministry,
                List<MinistryChoice> ministries, List<MinistryChoice> allMinistries, NewOfficerForm form,
                Map<String, String> errors, String notice,
                Integer moved, AddedOfficer added, String password);
    }

    /** What the list says was just done (a redirect's {@code done}); anything else says nothing. */
    private static final Set<String> NOTICES = Set.of("disabled", "enabled", "reassigned");

    public record OfficerLine(Officer officer, String ministryName, String id) {
    }

    public record MinistryChoice(String code, String name) {
    }

    /** The add form as typed. */
    public record NewOfficerForm(String username, String firstName, String lastName, String email, String ministry,
            boolean deputy) {

        static final NewOfficerForm EMPTY = new NewOfficerForm("", "", "", "", "", false);

        public List<String> textFields() {
            return List.of("lastName", "firstName", "email", "username");
        }

        /** A text field's value by its name, for the template's loop over them. */
        public String value(String field) {
            return switch (field) {
                case "username" -> username;
                case "firstName" -> firstName;
                case "lastName" -> lastName;
                case "email" -> email;
                default -> throw new IllegalArgumentException("no text field " + field);
            };
        }
    }

    private final OfficePages pages;
    private final OfficerService officers;
    private final ReferenceData reference;
    private final Validator validator;

    public PeoplePages(OfficePages pages, OfficerService officers, ReferenceData reference, Validator validator) {
        this.pages = pages;
        this.officers = officers;
        this.reference = reference;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@QueryParam("ministry") String ministry, @QueryParam("done") String done) {
        return render(ministry, NewOfficerForm.EMPTY, Map.of(), done, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object add(@FormParam("username") String username, @FormParam("firstName") String firstName,
            @FormParam("lastName") String lastName, @FormParam("email") String email,
            @FormParam("ministry") String ministry, @FormParam("deputy") String deputy) {
        NewOfficerForm form = new NewOfficerForm(text(username), text(firstName), text(lastName), text(email),
                text(ministry), "true".equals(deputy));
        NewOfficer officer = new NewOfficer(form.username(), form.firstName(), form.lastName(), form.email(),
                form.ministry(), form.deputy());
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<NewOfficer> violation : validator.validate(officer)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                AddedOfficer added = keycloak(() -> officers.add(officer));
                return render(added.officer().ministry(), NewOfficerForm.EMPTY, Map.of(), null, added, null);
            } catch (OfficerConflictException e) {
                errors.put(e.field(), e.getMessage());
            } catch (UnknownMinistryException e) {
                errors.put("ministry", e.getMessage());
            }
        }
        return Response.status(400).entity(render(form.ministry(), form, errors, null, null, null)).build();
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        Officer officer = keycloak(() -> officers.disable(username));
        return back(officer.ministry(), "disabled");
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@PathParam("username") String username) {
        Officer officer = keycloak(() -> officers.enable(username));
        return back(officer.ministry(), "enabled");
    }

    @POST
    @Path("{username}/ministry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reassign(@PathParam("username") String username, @FormParam("ministry") String ministry) {
        try {
            Officer officer = keycloak(() -> officers.reassign(username, ministry));
            return back(officer.ministry(), "reassigned");
        } catch (UnknownMinistryException e) {
            return Response.status(400).entity(render(null, NewOfficerForm.EMPTY, Map.of("reassign", e.getMessage()),
                    null, null, null)).build();
        }
    }

    @POST
    @Path("{username}/password")
    public TemplateInstance newPassword(@PathParam("username") String username) {
        String password = keycloak(() -> officers.newTemporaryPassword(username));
        Officer officer = keycloak(() -> officers.officer(username));
        return render(officer.ministry(), NewOfficerForm.EMPTY, Map.of(), null,
                new AddedOfficer(officer, password), "password");
    }

    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object move(@FormParam("from") String from, @FormParam("to") String to) {
        if (from == null || to == null || from.equals(to)) {
            return Response.status(400).entity(render(null, NewOfficerForm.EMPTY,
                    Map.of("move", "people_error_move"), null, null, null)).build();
        }
        try {
            OfficerMove moved = keycloak(() -> officers.moveOfficers(from, to));
            return back(to, "moved-" + moved.moved().size());
        } catch (UnknownMinistryException e) {
            return Response.status(400).entity(render(null, NewOfficerForm.EMPTY, Map.of("move", e.getMessage()),
                    null, null, null)).build();
        }
    }

    private TemplateInstance render(String ministry, NewOfficerForm form, Map<String, String> errors, String done,
            AddedOfficer added, String password) {
        List<Officer> listed = keycloak(() -> ministry == null || ministry.isBlank() ? officers.officers()
                : officers.officersOf(ministry));
        List<OfficerLine> lines = listed.stream()
                .sorted(Comparator.comparing((Officer o) -> String.valueOf(o.ministry()))
                        .thenComparing(Officer::username))
                .map(o -> new OfficerLine(o, o.ministry() == null ? "—" : pages.ministryName(o.ministry()),
                        o.username().replaceAll("[^A-Za-z0-9]", "-")))
                .toList();
        List<MinistryChoice> ministries = reference.ministriesIn(pages.today().getYear()).stream()
                .map(m -> new MinistryChoice(m.code(), pages.ministryName(m.code()))).toList();
        List<MinistryChoice> all = reference.ministries().stream()
                .map(m -> new MinistryChoice(m.code(), pages.ministryName(m.code()))).toList();
        String notice = done != null && NOTICES.contains(done) ? done : null;
        Integer moved = null;
        if (done != null && done.matches("moved-\\d{1,5}")) {
            notice = "moved";
            moved = Integer.valueOf(done.substring("moved-".length()));
        }
        return pages.localized(Templates.people(pages.page("people"), lines, ministry,
                ministries, all, form, errors, notice, moved, added, password));
    }

    private static Response back(String ministry, String done) {
        String query = ministry == null ? "" : "ministry=" + URLEncoder.encode(ministry, StandardCharsets.UTF_8) + "&";
        return Response.seeOther(URI.create("/people?" + query + "done=" + done)).build();
    }

    /** Keycloak's refusals and absences as pages; the callers handle what the office can correct. */
    private static <T> T keycloak(Supplier<T> call) {
        try {
            return call.get();
        } catch (OfficerNotFoundException e) {
            throw new PageException(Kind.NOT_FOUND, e.getMessage());
        } catch (KeycloakUnavailableException e) {
            throw new PageException(Kind.UNAVAILABLE, e.getMessage());
        }
    }

    private static String text(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
