package asean.review.ingest.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import asean.review.contract.Problem.FieldError;

/**
 * The validator's field errors by input name. Bean Validation names a list item {@code outcomes[0].<list element>};
 * the input is {@code outcomes[0]}. The ministry is not an input: its error belongs to the year (a ministry that did
 * not exist in that year) and is shown there.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(List.of());

    private final Map<String, List<String>> byInput = new LinkedHashMap<>();

    public FormErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            byInput.computeIfAbsent(inputOf(error.field()), k -> new ArrayList<>()).add(error.message());
        }
    }

    /** The input a validator path names. */
    public static String inputOf(String path) {
        String input = path.replaceAll("\\.<[a-z ]+>$", "").replaceAll("<[a-z ]+>", "");
        return "ministry".equals(input) ? "year" : input;
    }

    /** The element id of an input name: {@code roles[0].mechanism} is {@code roles-0-mechanism}. */
    public static String idOf(String name) {
        return name.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public List<String> of(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    public boolean isEmpty() {
        return byInput.isEmpty();
    }

    public Map<String, List<String>> all() {
        return byInput;
    }
}
