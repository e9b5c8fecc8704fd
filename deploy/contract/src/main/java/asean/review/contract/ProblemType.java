package asean.review.contract;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem a client of the API can meet: the {@code type} of its {@link Problem}, with the status and
 * title that go with it. The README's error catalogue lists them (ProblemCatalogueTest keeps the two alike).
 * <p>
 * A type is an absolute URI under {@link #BASE}, the same from every service: a relative one would resolve against
 * each service's address and name one problem differently on each. The {@code .example} domain is reserved and
 * never resolves, so the URI is an identifier only; what it means is in the catalogue.
 */
public enum ProblemType {

    INVALID_CONTRIBUTION("invalid-contribution", 400, "Invalid contribution", false),
    INVALID_REQUEST("invalid-request", 400, "Invalid request", false),
    UNREADABLE_BODY("unreadable-body", 400, "Unreadable request body", false),
    BAD_REQUEST("bad-request", 400, "Bad Request", true),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized", true),
    WRONG_ROLE("wrong-role", 403, "Forbidden", false),
    FORBIDDEN("forbidden", 403, "Forbidden", true),
    NOT_FOUND("not-found", 404, "Not Found", true),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed", true),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable", true),
    CONFLICT("conflict", 409, "Conflict", true),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content Too Large", true),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type", true),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused", true),
    INTERNAL_ERROR("internal-error", 500, "Internal Server Error", true),
    SUBMISSION_NOT_ACKNOWLEDGED("submission-not-acknowledged", 503, "Service Unavailable", false),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service Unavailable", true);

    public static final String BASE = "https://asean-review.example/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final boolean general;

    /** @param general the type of any refusal with this status that names no type of its own */
    ProblemType(String slug, int status, String title, boolean general) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.general = general;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The general type of a status, for a refusal that names no type of its own (a {@code NotFoundException}, a
     * {@code ClientErrorException} with 409...); none for a status no operation answers.
     */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.general && type.status == status).findFirst();
    }

    public static Optional<ProblemType> of(String uri) {
        return Arrays.stream(values()).filter(type -> type.uri().toString().equals(uri)).findFirst();
    }
}
