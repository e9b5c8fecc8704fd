package asean.review.ingest.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import asean.review.contract.Contribution;

/**
 * A contribution as the form holds it: every input as typed (strings, even a year that is not a number), rows in
 * order. Input names follow the contract's JSON paths: {@code summary}, {@code outcomes[0]},
 * {@code roles[0].mechanism}, {@code nextYear.plannedEvents[1].date}. Stored as a draft (JSON) and turned into the
 * {@link Contribution} the API would get from the same content ({@link #toContribution}).
 */
public class ContributionForm {

    /** The repeatable groups of the form, by input name prefix. */
    public static final List<String> TEXT_LISTS = List.of("outcomes", "difficulties", "recommendations",
            "nextYear.priorities");
    public static final List<String> ROW_LISTS = List.of("roles", "eventsHosted", "initiatives",
            "nextYear.plannedEvents");

    private static final Pattern TEXT_ITEM = Pattern.compile("([A-Za-z.]+)\\[(\\d{1,3})]");
    private static final Pattern ROW_ITEM = Pattern.compile("([A-Za-z.]+)\\[(\\d{1,3})]\\.([A-Za-z]+)");

    public String year;
    public String pillar;
    public String area;
    public String areaName;
    public String summary;
    public List<String> outcomes = new ArrayList<>();
    public List<RoleRow> roles = new ArrayList<>();
    public List<EventRow> eventsHosted = new ArrayList<>();
    public List<InitiativeRow> initiatives = new ArrayList<>();
    public List<String> difficulties = new ArrayList<>();
    public List<String> recommendations = new ArrayList<>();
    public NextYearRows nextYear = new NextYearRows();
    public String language;

    public static class RoleRow {
        public String mechanism;
        public String role;
        public String partner;
        public String term;
    }

    public static class EventRow {
        public String name;
        public String date;
        public String city;
        public String level;
    }

    public static class InitiativeRow {
        public String title;
        public String status;
        public String description;
    }

    public static class NextYearRows {
        public List<String> priorities = new ArrayList<>();
        public List<EventRow> plannedEvents = new ArrayList<>();
    }

    /** The form as posted: inputs by name; unknown names are ignored. */
    public static ContributionForm fromParams(Map<String, List<String>> params) {
        ContributionForm form = new ContributionForm();
        form.year = first(params, "year");
        form.pillar = first(params, "pillar");
        form.area = first(params, "area");
        form.areaName = first(params, "areaName");
        form.summary = first(params, "summary");
        form.language = first(params, "language");
        Map<String, TreeMap<Integer, String>> texts = new TreeMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> rows = new TreeMap<>();
        params.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            Matcher text = TEXT_ITEM.matcher(name);
            Matcher row = ROW_ITEM.matcher(name);
            if (text.matches() && TEXT_LISTS.contains(text.group(1))) {
                texts.computeIfAbsent(text.group(1), k -> new TreeMap<>()).put(Integer.parseInt(text.group(2)), value);
            } else if (row.matches() && ROW_LISTS.contains(row.group(1))) {
                rows.computeIfAbsent(row.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(row.group(2)), k -> new TreeMap<>())
                        .put(row.group(3), value);
            }
        });
        form.outcomes = texts(texts, "outcomes");
        form.difficulties = texts(texts, "difficulties");
        form.recommendations = texts(texts, "recommendations");
        form.nextYear.priorities = texts(texts, "nextYear.priorities");
        form.roles = rows(rows, "roles", ContributionForm::role);
        form.eventsHosted = rows(rows, "eventsHosted", ContributionForm::event);
        form.initiatives = rows(rows, "initiatives", ContributionForm::initiative);
        form.nextYear.plannedEvents = rows(rows, "nextYear.plannedEvents", ContributionForm::event);
        return form;
    }

    /** A registered contribution, to amend or to start from (every field; the ministry is the caller's). */
    public static ContributionForm of(Contribution c) {
        ContributionForm form = new ContributionForm();
        form.year = c.year() == null ? null : c.year().toString();
        form.pillar = c.pillar();
        form.area = c.area();
        form.areaName = c.areaName();
        form.summary = c.summary();
        form.outcomes = new ArrayList<>(c.outcomes());
        form.roles = new ArrayList<>(c.roles().stream().map(r -> {
            RoleRow row = new RoleRow();
            row.mechanism = r.mechanism();
            row.role = r.role();
            row.partner = r.partner();
            row.term = r.term();
            return row;
        }).toList());
        form.eventsHosted = new ArrayList<>(c.eventsHosted().stream().map(ContributionForm::eventRow).toList());
        form.initiatives = new ArrayList<>(c.initiatives().stream().map(i -> {
            InitiativeRow row = new InitiativeRow();
            row.title = i.title();
            row.status = i.status();
            row.description = i.description();
            return row;
        }).toList());
        form.difficulties = new ArrayList<>(c.difficulties());
        form.recommendations = new ArrayList<>(c.recommendations());
        form.nextYear.priorities = new ArrayList<>(c.nextYear().priorities());
        form.nextYear.plannedEvents = new ArrayList<>(
                c.nextYear().plannedEvents().stream().map(ContributionForm::eventRow).toList());
        form.language = c.language();
        return form;
    }

    /** Whether the year input holds something that is not a whole number (the API would not parse it). */
    public boolean yearUnreadable() {
        return !Text.isBlank(year) && parseYear() == null;
    }

    /**
     * What the API would get from the same content: text in NFC with LF line breaks; an empty optional input is
     * absent ({@code null}), an empty row or list item is no row, so untouched repeatable groups are empty lists.
     */
    public Contribution toContribution(String ministry) {
        return new Contribution(
                parseYear(),
                ministry,
                Text.orNull(pillar),
                Text.orNull(area),
                Text.orNull(areaName),
                Text.orNull(summary),
                items(outcomes),
                roles.stream().filter(r -> !allBlank(r.mechanism, r.role, r.partner, r.term))
                        .map(r -> new Contribution.Role(Text.orNull(r.mechanism), Text.orNull(r.role),
                                Text.orNull(r.partner), Text.orNull(r.term)))
                        .toList(),
                events(eventsHosted),
                initiatives.stream().filter(i -> !allBlank(i.title, i.status, i.description))
                        .map(i -> new Contribution.Initiative(Text.orNull(i.title), Text.orNull(i.status),
                                Text.orNull(i.description)))
                        .toList(),
                items(difficulties),
                items(recommendations),
                new Contribution.NextYear(items(nextYear.priorities), events(nextYear.plannedEvents)),
                Text.orNull(language));
    }

    /**
     * The rows as the validator numbers them: blank rows are dropped by {@link #toContribution}, so an error on
     * {@code roles[1]} belongs to the second non-blank row. Compacting before validating keeps both in step.
     */
    public void dropBlankRows() {
        outcomes.removeIf(Text::isBlank);
        difficulties.removeIf(Text::isBlank);
        recommendations.removeIf(Text::isBlank);
        nextYear.priorities.removeIf(Text::isBlank);
        roles.removeIf(r -> allBlank(r.mechanism, r.role, r.partner, r.term));
        eventsHosted.removeIf(e -> allBlank(e.name, e.date, e.city, e.level));
        initiatives.removeIf(i -> allBlank(i.title, i.status, i.description));
        nextYear.plannedEvents.removeIf(e -> allBlank(e.name, e.date, e.city, e.level));
    }

    /** Adds an empty row to a repeatable group ({@code add:roles}); false if there is no such group. */
    public boolean addRow(String group) {
        return switch (group) {
            case "outcomes" -> outcomes.add("");
            case "difficulties" -> difficulties.add("");
            case "recommendations" -> recommendations.add("");
            case "nextYear.priorities" -> nextYear.priorities.add("");
            case "roles" -> roles.add(new RoleRow());
            case "eventsHosted" -> eventsHosted.add(new EventRow());
            case "initiatives" -> initiatives.add(new InitiativeRow());
            case "nextYear.plannedEvents" -> nextYear.plannedEvents.add(new EventRow());
            default -> false;
        };
    }

    /** Removes row {@code index} of a group ({@code remove:roles:0}); false if there is no such row. */
    public boolean removeRow(String group, int index) {
        List<?> list = switch (group) {
            case "outcomes" -> outcomes;
            case "difficulties" -> difficulties;
            case "recommendations" -> recommendations;
            case "nextYear.priorities" -> nextYear.priorities;
            case "roles" -> roles;
            case "eventsHosted" -> eventsHosted;
            case "initiatives" -> initiatives;
            case "nextYear.plannedEvents" -> nextYear.plannedEvents;
            default -> null;
        };
        if (list == null || index < 0 || index >= list.size()) {
            return false;
        }
        list.remove(index);
        return true;
    }

    private Integer parseYear() {
        String trimmed = year == null ? "" : year.strip();
        if (!trimmed.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(trimmed);
    }

    private static List<String> items(List<String> values) {
        return values.stream().filter(v -> !Text.isBlank(v)).map(Text::normalise).toList();
    }

    private static List<Contribution.Event> events(List<EventRow> rows) {
        return rows.stream().filter(e -> !allBlank(e.name, e.date, e.city, e.level))
                .map(e -> new Contribution.Event(Text.orNull(e.name), Text.orNull(e.date), Text.orNull(e.city),
                        Text.orNull(e.level)))
                .toList();
    }

    private static EventRow eventRow(Contribution.Event e) {
        EventRow row = new EventRow();
        row.name = e.name();
        row.date = e.date();
        row.city = e.city();
        row.level = e.level();
        return row;
    }

    private static RoleRow role(Map<String, String> in) {
        RoleRow row = new RoleRow();
        row.mechanism = in.get("mechanism");
        row.role = in.get("role");
        row.partner = in.get("partner");
        row.term = in.get("term");
        return row;
    }

    private static EventRow event(Map<String, String> in) {
        EventRow row = new EventRow();
        row.name = in.get("name");
        row.date = in.get("date");
        row.city = in.get("city");
        row.level = in.get("level");
        return row;
    }

    private static InitiativeRow initiative(Map<String, String> in) {
        InitiativeRow row = new InitiativeRow();
        row.title = in.get("title");
        row.status = in.get("status");
        row.description = in.get("description");
        return row;
    }

    private static boolean allBlank(String... values) {
        for (String value : values) {
            if (!Text.isBlank(value)) {
                return false;
            }
        }
        return true;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> texts(Map<String, TreeMap<Integer, String>> texts, String group) {
        return new ArrayList<>(texts.getOrDefault(group, new TreeMap<>()).values().stream()
                .map(v -> Objects.requireNonNullElse(v, "")).toList());
    }

    private static <T> List<T> rows(Map<String, TreeMap<Integer, Map<String, String>>> rows, String group,
            Function<Map<String, String>, T> row) {
        return new ArrayList<>(rows.getOrDefault(group, new TreeMap<>()).values().stream().map(row).toList());
    }
}
