package asean.review.registry.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import asean.review.contract.api.Completeness;
import asean.review.contract.api.Completeness.MinistryStatus;
import asean.review.contract.api.Completeness.Status;
import asean.review.contract.api.ReviewState;

/**
 * Who has reported for a year, as a pure function of the cycle, the versions and when each ministry first
 * submitted: every expected ministry, then those that reported without being expected. A ministry is done only
 * with an accepted contribution; on time or late is judged by when it first submitted, against the end of the
 * deadline day in the country's time zone.
 */
final class CompletenessCalculator {

    /** The part of a stored version that completeness reads: whose it is and how the office reviewed it. */
    record Version(String ministry, ReviewState reviewState) {
    }

    private CompletenessCalculator() {
    }

    /**
     * {@code current}: the latest version of each contribution of the year; {@code accepted}: the latest accepted
     * version of each; {@code firstSubmission}: when a ministry's first contribution of the year reached ingest
     * (asked only of ministries that have one).
     */
    static Completeness completeness(int year, LocalDate deadlineDay, List<String> expectedMinistries, ZoneId zone,
            List<Version> current, List<Version> accepted, Function<String, Instant> firstSubmission) {
        Instant deadline = deadlineDay.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<Version>> currentByMinistry = byMinistry(current);
        Map<String, List<Version>> acceptedByMinistry = byMinistry(accepted);
        List<MinistryStatus> statuses = new ArrayList<>();
        for (String code : expectedMinistries) {
            statuses.add(status(code, true, currentByMinistry.remove(code), acceptedByMinistry.get(code), deadline,
                    firstSubmission));
        }
        currentByMinistry.forEach((code, versions) -> statuses.add(status(code, false, versions,
                acceptedByMinistry.get(code), deadline, firstSubmission)));
        return new Completeness(year, deadlineDay, expectedMinistries.size(),
                count(statuses, Status.ON_TIME), count(statuses, Status.LATE),
                count(statuses, Status.PENDING_REVIEW), count(statuses, Status.RETURNED),
                count(statuses, Status.MISSING), statuses);
    }

    private static Map<String, List<Version>> byMinistry(List<Version> versions) {
        Map<String, List<Version>> byMinistry = new LinkedHashMap<>();
        for (Version v : versions) {
            byMinistry.computeIfAbsent(v.ministry(), k -> new ArrayList<>()).add(v);
        }
        return byMinistry;
    }

    private static MinistryStatus status(String ministry, boolean expected, List<Version> current,
            List<Version> accepted, Instant deadline, Function<String, Instant> firstSubmission) {
        if (current == null || current.isEmpty()) {
            return new MinistryStatus(ministry, expected, Status.MISSING, null, 0, 0, 0, 0);
        }
        Instant first = firstSubmission.apply(ministry);
        int acceptedCount = accepted == null ? 0 : accepted.size();
        int pending = (int) current.stream().filter(v -> v.reviewState() == ReviewState.PENDING_REVIEW).count();
        int returned = (int) current.stream().filter(v -> v.reviewState() == ReviewState.RETURNED).count();
        Status status;
        if (acceptedCount > 0) {
            status = first.isBefore(deadline) ? Status.ON_TIME : Status.LATE;
        } else {
            status = returned > 0 ? Status.RETURNED : Status.PENDING_REVIEW;
        }
        return new MinistryStatus(ministry, expected, status, first, current.size(), acceptedCount, pending, returned);
    }

    private static int count(List<MinistryStatus> statuses, Status status) {
        return (int) statuses.stream().filter(s -> s.expected() && s.status() == status).count();
    }
}
