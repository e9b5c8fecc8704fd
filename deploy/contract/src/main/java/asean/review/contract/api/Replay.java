package asean.review.contract.api;

import java.time.Instant;
import java.util.UUID;

/** A dead letter put back on {@code contributions.submitted}: which one, by whom and when. */
public record Replay(int partition, long offset, UUID submissionId, String replayedBy, Instant replayedAt) {
}
