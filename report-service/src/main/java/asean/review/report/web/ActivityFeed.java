package asean.review.report.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.RegisteredContribution;
import asean.review.web.LocalTimes;

/**
 * A contribution's activity, newest first: each version submitted (when it reached ingest), registered (an
 * amendment from version 2 on), returned with the office's message, accepted; who and when, in the country's time.
 */
public final class ActivityFeed {

    /** {@code kind} is a message key: {@code activity_SUBMITTED}, {@code activity_AMENDED}, ... */
    public record Entry(Instant sortAt, String at, String actor, String kind, Integer version, String message) {
    }

    private ActivityFeed() {
    }

    static List<Entry> of(List<RegisteredContribution> versions, List<AuditEntry> audit, LocalTimes times) {
        List<Entry> entries = new ArrayList<>();
        for (RegisteredContribution version : versions) {
            entries.add(new Entry(version.submittedAt(), times.of(version.submittedAt()), version.submittedBy(),
                    version.version() > 1 ? "activity_AMENDED" : "activity_SUBMITTED", version.version(), null));
        }
        for (AuditEntry entry : audit) {
            String kind = switch (entry.action()) {
                case REGISTERED -> "activity_REGISTERED";
                case REJECTED -> "activity_REJECTED";
                case ACCEPTED -> "activity_ACCEPTED";
                case RETURNED -> "activity_RETURNED";
                case REPLAYED -> "activity_REPLAYED";
                case CYCLE_CHANGED, MAIL_SENT, MAIL_UNCERTAIN, MAIL_FAILED -> null;
            };
            if (kind != null) {
                entries.add(new Entry(entry.at(), times.of(entry.at()), entry.actor(), kind, entry.version(),
                        entry.action() == AuditEntry.Action.RETURNED ? entry.detail() : null));
            }
        }
        entries.sort(Comparator.comparing(Entry::sortAt).reversed());
        return entries;
    }
}
