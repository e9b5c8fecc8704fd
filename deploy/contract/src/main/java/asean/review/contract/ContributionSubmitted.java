package asean.review.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * The event on {@link Topics#SUBMITTED}: one accepted submission, keyed by {@link Contribution#key()}.
 * This record is the single source of truth for producer (ingest) and consumer (registry).
 */
public record ContributionSubmitted(
        int schemaVersion,
        UUID submissionId,
        Instant submittedAt,
        Contribution contribution) {

    public static final int SCHEMA_VERSION = 1;

    public static ContributionSubmitted of(UUID submissionId, Instant submittedAt, Contribution contribution) {
        return new ContributionSubmitted(SCHEMA_VERSION, submissionId, submittedAt, contribution);
    }
}
