package asean.review.contract.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported for a year: every expected ministry, and those that reported unasked. A ministry is done
 * ({@code ON_TIME} or {@code LATE}) only once the office has accepted one of its contributions.
 */
public record Completeness(int year, LocalDate deadline, int expected, int onTime, int late, int pendingReview,
        int returned, int missing, List<MinistryStatus> ministries) {

    /**
     * {@code ON_TIME}/{@code LATE}: accepted, judged by when it first submitted; {@code RETURNED}: nothing accepted
     * and a contribution sent back; {@code PENDING_REVIEW}: nothing accepted yet; {@code MISSING}: nothing submitted.
     */
    public enum Status {
        ON_TIME, LATE, PENDING_REVIEW, RETURNED, MISSING
    }

    /**
     * One ministry's standing. {@code firstSubmittedAt} is when its first contribution of the year reached
     * ingest; {@code contributions} counts the areas it reported on; {@code accepted} those with an accepted
     * version (which the brief uses); {@code pendingReview} and {@code returned} those whose latest version
     * awaits review or was returned. An area accepted once and amended since counts as accepted and pending.
     */
    public record MinistryStatus(String ministry, boolean expected, Status status, Instant firstSubmittedAt,
            int contributions, int accepted, int pendingReview, int returned) {
    }
}
