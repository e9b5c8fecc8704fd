package asean.review.ingest.web.form;

import java.util.List;

/** One input as a template draws it: name, id, what was typed, and the errors to show beside it. */
public record FieldView(String name, String value, List<String> errors) {

    public String id() {
        return FormErrors.idOf(name);
    }

    public String hintId() {
        return id() + "-hint";
    }

    public String errorId() {
        return id() + "-error";
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    /** For {@code aria-describedby}: the hint, and the error when there is one. */
    public String describedBy() {
        return invalid() ? hintId() + " " + errorId() : hintId();
    }

    /** Whether a picker's option is the chosen one. */
    public boolean is(Object option) {
        return option != null && option.toString().equals(value);
    }

    public String valueOrEmpty() {
        return value == null ? "" : value;
    }
}
