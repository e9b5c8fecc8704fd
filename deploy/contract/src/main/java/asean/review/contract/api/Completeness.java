package asean.review.contract.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Who has reported for a year: every expected ministry, and those that reported unasked. */
public record Completeness(int year, LocalDate deadline, int expected, int onTime, int late, int missing,
        List<MinistryStatus> ministries) {

    public enum Status {
        ON_TIME, LATE, MISSING
    }

    /**
     * One ministry's standing. {@code firstSubmittedAt} is when its first contribution of the year reached
     * ingest; {@code contributions} counts the areas it reported on.
     */
    public record MinistryStatus(String ministry, boolean expected, Status status, Instant firstSubmittedAt,
            int contributions) {
    }
}
