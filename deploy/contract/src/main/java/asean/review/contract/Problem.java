package asean.review.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail: the one error shape of every service's API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** A 400 that names each failing field; {@code title} says what was invalid. */
    public static Problem invalid(String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, 400, detail, errors);
    }

    /** One failing field, named by its JSON path (e.g. {@code roles[0].role}), and why it fails. */
    public record FieldError(String field, String message) {
    }
}
