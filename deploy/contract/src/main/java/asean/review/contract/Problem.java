package asean.review.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail: the one error shape of every service's API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return invalid(type, detail, List.of());
    }

    /** A problem that names each failing field. */
    public static Problem invalid(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, errors);
    }

    /**
     * A refusal with a status the catalogue has no type for (no operation answers one today): {@code about:blank},
     * which RFC 9457 defines as "nothing more than the status says".
     */
    public static Problem ofStatus(int status, String reason, String detail) {
        return ProblemType.forStatus(status).map(type -> of(type, detail))
                .orElseGet(() -> new Problem("about:blank", reason, status, detail, List.of()));
    }

    /** One failing field, named by its JSON path (e.g. {@code roles[0].role}), and why it fails. */
    public record FieldError(String field, String message) {
    }
}
