package asean.review.contract.openapi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import asean.review.contract.Problem;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.ProblemType;

/** One example of each problem of the catalogue, as the API documents show it. */
final class ProblemExamples {

    private static final Map<ProblemType, Problem> EXAMPLES = new EnumMap<>(ProblemType.class);

    static {
        add(Problem.invalid(ProblemType.INVALID_CONTRIBUTION, "1 field(s) of the contribution are invalid",
                List.of(new FieldError("ministry", "ministry 'MAE' did not exist in 2024; the ministries of that"
                        + " year are listed at http://127.0.0.1:8082/api/v1/reference/ministries?year=2024"))));
        add(Problem.invalid(ProblemType.INVALID_REQUEST, "1 field(s) are invalid",
                List.of(new FieldError("deadline", "must not be null"))));
        add(Problem.of(ProblemType.UNREADABLE_BODY, "unknown field 'sumary' at line 1, column 60; the known fields"
                + " are [year, ministry, pillar, area, areaName, summary, outcomes, roles, eventsHosted, initiatives,"
                + " difficulties, recommendations, nextYear, language]"));
        add(Problem.of(ProblemType.BAD_REQUEST, "year must be between 2000 and 2100"));
        add(Problem.of(ProblemType.UNAUTHORIZED, "this operation needs a bearer token (Authorization: Bearer <JWT>)"));
        add(Problem.of(ProblemType.WRONG_ROLE, "the token's role may not do this; roles are 'submitter' (a ministry)"
                + " and 'coordinator' (the office)"));
        add(Problem.of(ProblemType.FORBIDDEN, "the token speaks for MOH, not for MOF; a ministry may only submit and"
                + " read its own contributions"));
        add(Problem.of(ProblemType.NOT_FOUND, "the reporting cycle of 2025 is not set; PUT /api/v1/cycles/2025"));
        add(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "HTTP 405 Method Not Allowed"));
        add(Problem.of(ProblemType.NOT_ACCEPTABLE, "HTTP 406 Not Acceptable"));
        add(Problem.of(ProblemType.CONFLICT, "version 1 of 2024:MOH:AHMM was superseded by version 2; review the"
                + " latest version"));
        add(Problem.of(ProblemType.CONTENT_TOO_LARGE, "the body is larger than the 256 KiB this service accepts"));
        add(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json"));
        add(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key 'moh-2024-ahmm-1' was already used with a"
                + " different body; use a new key for a different submission"));
        add(Problem.of(ProblemType.INTERNAL_ERROR, "an unexpected error occurred; it has been logged"));
        add(Problem.of(ProblemType.SUBMISSION_NOT_ACKNOWLEDGED, "the submission could not be stored in Kafka;"
                + " nothing was accepted, retry later (with the same Idempotency-Key to be safe)"));
        add(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "the registry could not be reached to compile the brief;"
                + " retry later"));
    }

    private ProblemExamples() {
    }

    private static void add(Problem problem) {
        EXAMPLES.put(ProblemType.of(problem.type()).orElseThrow(), problem);
    }

    static Problem of(ProblemType type) {
        Problem example = EXAMPLES.get(type);
        if (example == null) {
            throw new IllegalStateException("no example of the problem " + type);
        }
        return example;
    }
}
