package asean.review.stack.load;

import java.util.UUID;

/**
 * One request of a load: when it was sent (epoch ms, to compare with the registry's {@code registered_at}), how long
 * its answer took, whether it was the answer hoped for (200 for a GET, 202 for a POST), and for an accepted POST the
 * submission id ingest gave it.
 */
public record Call(long sentAt, long tookNanos, boolean ok, UUID submissionId) {

    /** A call of a paced load that was due while too many were unanswered, and not sent. */
    static Call notSent(long dueAt) {
        return new Call(dueAt, -1, false, null);
    }

    boolean wasNotSent() {
        return tookNanos < 0;
    }
}
