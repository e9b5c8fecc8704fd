package asean.review.report.web;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import asean.review.contract.ReferenceData;
import asean.review.contract.api.Cycle;
import asean.review.contract.auth.Roles;
import asean.review.report.web.PageException.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A year's reporting cycle, opened or changed by the office: overview, facts, deadline, the days before it on which
 * the ministries still missing are reminded by e-mail ("14, 7, 1"), and the ministries expected to report, picked
 * from those that exist that year. A new cycle starts with the chair and theme of the reference
 * data and every ministry of the year.
 */
@Path("/years/{year}/cycle")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class CyclePages {

    @CheckedTemplate(basePath = "office")
    static class Templates {
        static native TemplateInstance cycle(OfficePage page, CycleForm form, List<MinistryChoice> ministries,
                Map<String, String> errors, String problem);
    }

    /** The form as typed: kept as text, so that what the office typed comes back with the errors. */
    public record CycleForm(int year, boolean opened, String chair, String theme, String overview, String facts,
            String deadline, String reminderDays, List<String> expected) {
    }

    public record MinistryChoice(String code, String name, boolean checked) {
    }

    private final OfficePages pages;
    private final Registry registry;
    private final ReferenceData reference;
    private final YearStanding standings;

    public CyclePages(OfficePages pages, Registry registry, ReferenceData reference, YearStanding standings) {
        this.pages = pages;
        this.registry = registry;
        this.reference = reference;
        this.standings = standings;
    }

    @GET
    public TemplateInstance form(@PathParam("year") int year) {
        checkYear(year);
        Optional<Cycle> cycle = registry.cycle(year);
        CycleForm form = cycle.map(c -> new CycleForm(year, true, c.chair(), c.theme(), c.overview(),
                String.join("\n", c.facts()), c.deadline().toString(), reminderDays(c.reminderDays()),
                c.expectedMinistries()))
                .orElseGet(() -> fresh(year));
        return render(year, form, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("year") int year, MultivaluedMap<String, String> posted) {
        checkYear(year);
        List<String> expected = Optional.ofNullable(posted.get("expected")).orElse(List.of());
        CycleForm form = new CycleForm(year, "true".equals(posted.getFirst("opened")), text(posted, "chair"),
                text(posted, "theme"), text(posted, "overview"), text(posted, "facts"), text(posted, "deadline"),
                text(posted, "reminderDays"), expected);
        Map<String, String> errors = new HashMap<>();
        LocalDate deadline = null;
        try {
            deadline = form.deadline() == null ? null : LocalDate.parse(form.deadline());
        } catch (DateTimeParseException e) {
            errors.put("deadline", "cycle_error_deadline");
        }
        if (deadline == null && !errors.containsKey("deadline")) {
            errors.put("deadline", "cycle_error_deadlineMissing");
        }
        Optional<List<Integer>> reminderDays = reminderDays(form.reminderDays());
        if (reminderDays.isEmpty()) {
            errors.put("reminderDays", "cycle_error_reminderDays");
        }
        if (expected.isEmpty()) {
            errors.put("expected", "cycle_error_noMinistry");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(render(year, form, errors, null)).build();
        }
        List<String> facts = form.facts() == null ? List.of()
                : Arrays.stream(form.facts().split("\\R")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        try {
            registry.saveCycle(year, new Cycle(year, form.chair(), form.theme(), form.overview(), facts, deadline,
                    expected, reminderDays.get(), null));
            standings.forget(year);
        } catch (Registry.Refusal refusal) {
            return Response.status(400).entity(render(year, form, Map.of(), refusal.getMessage())).build();
        }
        return Response.seeOther(URI.create("/years/" + year + "?saved=cycle")).build();
    }

    private TemplateInstance render(int year, CycleForm form, Map<String, String> errors, String problem) {
        List<MinistryChoice> ministries = reference.ministriesIn(year).stream()
                .map(m -> new MinistryChoice(m.code(), pages.ministryName(m.code()),
                        form.expected().contains(m.code())))
                .toList();
        return pages.localized(Templates.cycle(pages.page(year, "cycle"), form, ministries, errors, problem));
    }

    private CycleForm fresh(int year) {
        Optional<ReferenceData.Chair> chair = reference.chair(year);
        List<String> all = reference.ministriesIn(year).stream().map(ReferenceData.Ministry::code).toList();
        return new CycleForm(year, false, chair.map(ReferenceData.Chair::country).orElse(null),
                chair.map(ReferenceData.Chair::theme).orElse(null), null, "", null,
                reminderDays(Cycle.DEFAULT_REMINDER_DAYS), all);
    }

    /** "14, 7, 1": the days as the form shows them. */
    static String reminderDays(List<Integer> days) {
        return String.join(", ", days.stream().map(String::valueOf).toList());
    }

    /** The days typed, comma separated (blank: none); empty if one is not a whole number from 1 to 365. */
    static Optional<List<Integer>> reminderDays(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(List.of());
        }
        List<Integer> days = new java.util.ArrayList<>();
        for (String day : typed.split(",")) {
            if (!day.strip().matches("[0-9]{1,3}") || Integer.parseInt(day.strip()) < 1
                    || Integer.parseInt(day.strip()) > 365) {
                return Optional.empty();
            }
            days.add(Integer.parseInt(day.strip()));
        }
        return Optional.of(days.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    private static String text(MultivaluedMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null || value.isBlank() ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new PageException(Kind.NOT_FOUND, "there is no reporting year " + year);
        }
    }
}
