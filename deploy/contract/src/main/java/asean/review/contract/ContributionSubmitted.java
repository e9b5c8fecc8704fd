package asean.review.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * The event on {@link Topics#SUBMITTED}: one accepted submission, keyed by {@link Contribution#key()}.
 * This record is the single source of truth for producer (ingest) and consumer (registry).
 * Version 2 added {@code submitter}, which the registry requires of version 2 events; its optional
 * {@code onBehalf} (the office entered the contribution for the ministry) came later within version 2, written only
 * when true, so that the events already in Kafka and a ministry's own submissions read as they always did.
 */
public record ContributionSubmitted(
        int schemaVersion,
        UUID submissionId,
        Instant submittedAt,
        Submitter submitter,
        Contribution contribution) {

    public static final int SCHEMA_VERSION = 2;

    public static ContributionSubmitted of(UUID submissionId, Instant submittedAt, Submitter submitter,
            Contribution contribution) {
        return new ContributionSubmitted(SCHEMA_VERSION, submissionId, submittedAt, submitter, contribution);
    }
}
