package asean.review.contract.api;

import java.time.Instant;
import java.util.UUID;

import asean.review.contract.Contribution;

/** One registered version of a contribution, as the registry serves it, with who submitted it and its review. */
public record RegisteredContribution(
        UUID submissionId,
        int version,
        Instant submittedAt,
        Instant registeredAt,
        String submittedBy,
        Review review,
        Contribution contribution) {
}
