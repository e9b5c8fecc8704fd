package asean.review.ingest.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import asean.review.ingest.web.form.ContributionForm.EventRow;

/** The form and its errors, as the template reads them: a {@link FieldView} per input, rows per group. */
public class FormView {

    private final ContributionForm form;
    private final FormErrors errors;

    public FormView(ContributionForm form, FormErrors errors) {
        this.form = form;
        this.errors = errors;
    }

    public ContributionForm form() {
        return form;
    }

    public FieldView field(String name) {
        String value = switch (name) {
            case "year" -> form.year;
            case "pillar" -> form.pillar;
            case "area" -> form.area;
            case "areaName" -> form.areaName;
            case "summary" -> form.summary;
            case "language" -> form.language;
            default -> throw new IllegalArgumentException("no input " + name);
        };
        return new FieldView(name, value, errors.of(name));
    }

    /** A group's own errors (e.g. too many rows), shown on its fieldset. */
    public List<String> groupErrors(String group) {
        return errors.of(group);
    }

    public String groupId(String group) {
        return FormErrors.idOf(group);
    }

    /** The items of a list of text ({@code outcomes}, {@code nextYear.priorities}...). */
    public List<FieldView> items(String group) {
        List<String> values = switch (group) {
            case "outcomes" -> form.outcomes;
            case "difficulties" -> form.difficulties;
            case "recommendations" -> form.recommendations;
            case "nextYear.priorities" -> form.nextYear.priorities;
            default -> throw new IllegalArgumentException("no list " + group);
        };
        List<FieldView> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String name = group + "[" + i + "]";
            items.add(new FieldView(name, values.get(i), errors.of(name)));
        }
        return items;
    }

    public List<Row> roles() {
        return rows("roles", form.roles, r -> Map.of("mechanism", nz(r.mechanism), "role", nz(r.role),
                "partner", nz(r.partner), "term", nz(r.term)));
    }

    public List<Row> eventsHosted() {
        return rows("eventsHosted", form.eventsHosted, FormView::event);
    }

    public List<Row> plannedEvents() {
        return rows("nextYear.plannedEvents", form.nextYear.plannedEvents, FormView::event);
    }

    public List<Row> initiatives() {
        return rows("initiatives", form.initiatives, i -> Map.of("title", nz(i.title), "status", nz(i.status),
                "description", nz(i.description)));
    }

    /** Every error, in form order, for the summary at the top: the input it links to and the message. */
    public List<SummaryEntry> summary() {
        List<SummaryEntry> entries = new ArrayList<>();
        errors.all().forEach((input, messages) -> messages.forEach(m -> entries.add(
                new SummaryEntry(FormErrors.idOf(input), input, m))));
        return entries;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private <T> List<Row> rows(String group, List<T> rows, Function<T, Map<String, String>> values) {
        List<Row> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            views.add(new Row(group, i, values.apply(rows.get(i)), errors));
        }
        return views;
    }

    private static Map<String, String> event(EventRow e) {
        return Map.of("name", nz(e.name), "date", nz(e.date), "city", nz(e.city), "level", nz(e.level));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** One row of a group: {@code field("mechanism")} is the input {@code roles[0].mechanism}. */
    public record Row(String group, int index, Map<String, String> values, FormErrors errors) {

        public FieldView field(String property) {
            String name = group + "[" + index + "]." + property;
            return new FieldView(name, values.get(property), errors.of(name));
        }

        public String name() {
            return group + "[" + index + "]";
        }

        public String id() {
            return FormErrors.idOf(name());
        }

        /** The value of the button that removes this row. */
        public String removeAction() {
            return "remove:" + group + ":" + index;
        }

        /** Row numbers as people count them. */
        public int number() {
            return index + 1;
        }

        public List<String> rowErrors() {
            return errors.of(name());
        }
    }

    /** One line of the error summary: links to {@code #id}; {@code input} names the field for its label. */
    public record SummaryEntry(String id, String input, String message) {

        /** The message key of the field's label: {@code roles[0].mechanism} is {@code label_roles_mechanism}. */
        public String labelKey() {
            return "label_" + input.replaceAll("\\[\\d+]", "").replace('.', '_');
        }
    }
}
