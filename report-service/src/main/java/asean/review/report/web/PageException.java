package asean.review.report.web;

/**
 * A page that cannot be shown, as the office reads it: {@code kind} picks the page's title and advice (in the user's
 * language), {@code detail} says why (e.g. the registry's problem detail), never a stack trace.
 */
public class PageException extends RuntimeException {

    public enum Kind {
        NOT_FOUND(404),
        /** Signed in, but not as the office (a ministry's officer). */
        WRONG_ROLE(403),
        /** The registry answered with an error. */
        REGISTRY_ERROR(502),
        /** The registry or Keycloak did not answer: try again. */
        UNAVAILABLE(503);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;

    public PageException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return kind.status;
    }
}
