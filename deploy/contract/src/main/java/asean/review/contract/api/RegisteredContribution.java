package asean.review.contract.api;

import java.time.Instant;
import java.util.UUID;

import asean.review.contract.Contribution;

/**
 * One registered version of a contribution, as the registry serves it, with who submitted it and its review.
 * {@code submittedBy} is the user who entered it; {@code onBehalf} is true when that user is the coordination office's,
 * entering it for the ministry (from its signed letter).
 */
public record RegisteredContribution(
        UUID submissionId,
        int version,
        Instant submittedAt,
        Instant registeredAt,
        String submittedBy,
        boolean onBehalf,
        Review review,
        Contribution contribution) {
}
