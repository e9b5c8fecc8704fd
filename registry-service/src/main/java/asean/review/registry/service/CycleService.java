package asean.review.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import asean.review.contract.Problem.FieldError;
import asean.review.contract.ReferenceData;
import asean.review.contract.api.AuditEntry.Action;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Completeness.MinistryStatus;
import asean.review.contract.api.Completeness.Status;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.ReviewState;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.ReportingCycle;

/** Reporting cycles, and who has reported against them. */
@ApplicationScoped
@Transactional
public class CycleService {

    private final ReferenceData reference;
    private final Clock clock;

    public CycleService(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    public Optional<Cycle> find(int year) {
        return ReportingCycle.<ReportingCycle>findByIdOptional(year).map(ReportingCycle::view);
    }

    /** Creates or replaces the cycle of {@code year}; chair and theme default to the reference data's. */
    public Cycle put(int year, Cycle cycle, String actor) {
        checkExpectedMinistries(year, cycle.expectedMinistries());
        Optional<ReportingCycle> existing = ReportingCycle.findByIdOptional(year);
        ReportingCycle entity = existing.orElseGet(() -> {
            ReportingCycle fresh = new ReportingCycle();
            fresh.year = year;
            return fresh;
        });
        Optional<ReferenceData.Chair> chair = reference.chair(year);
        entity.chair = cycle.chair() != null ? cycle.chair() : chair.map(ReferenceData.Chair::country).orElse(null);
        entity.theme = cycle.theme() != null ? cycle.theme() : chair.map(ReferenceData.Chair::theme).orElse(null);
        entity.overview = cycle.overview();
        entity.facts = List.copyOf(cycle.facts());
        entity.deadline = cycle.deadline();
        entity.expectedMinistries = cycle.expectedMinistries().stream().distinct().toList();
        entity.updatedAt = clock.instant();
        entity.persist();
        AuditEvent.of(entity.updatedAt, actor, Action.CYCLE_CHANGED, year, (existing.isPresent() ? "changed" : "opened")
                + ": deadline " + entity.deadline + ", " + entity.expectedMinistries.size() + " expected ministries")
                .persist();
        return entity.view();
    }

    private void checkExpectedMinistries(int year, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            boolean valid = reference.ministry(code).map(m -> m.existedIn(year)).orElse(false);
            if (!valid) {
                errors.add(new FieldError("expectedMinistries[" + i + "]", "'" + code
                        + "' is not a ministry of " + year + "; see /api/v1/reference/ministries?year=" + year));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("the cycle names ministries that do not exist in " + year, errors);
        }
    }

    /**
     * Every expected ministry, then those that reported without being expected. A ministry is done only with
     * an accepted contribution; on time or late is judged by when it first submitted.
     */
    public Optional<Completeness> completeness(int year) {
        return ReportingCycle.<ReportingCycle>findByIdOptional(year).map(cycle -> {
            ZoneId zone = ZoneId.of(reference.country().timeZone());
            Instant deadline = cycle.deadline.plusDays(1).atStartOfDay(zone).toInstant();
            Map<String, List<ContributionVersion>> current = byMinistry(ContributionVersion.current(year, null, null, null));
            Map<String, List<ContributionVersion>> accepted = byMinistry(ContributionVersion.accepted(year, null, null, null));
            List<MinistryStatus> statuses = new ArrayList<>();
            for (String code : cycle.expectedMinistries) {
                statuses.add(status(year, code, true, current.remove(code), accepted.get(code), deadline));
            }
            current.forEach((code, versions) -> statuses.add(status(year, code, false, versions, accepted.get(code),
                    deadline)));
            return new Completeness(year, cycle.deadline, cycle.expectedMinistries.size(),
                    count(statuses, Status.ON_TIME), count(statuses, Status.LATE),
                    count(statuses, Status.PENDING_REVIEW), count(statuses, Status.RETURNED),
                    count(statuses, Status.MISSING), statuses);
        });
    }

    private static Map<String, List<ContributionVersion>> byMinistry(List<ContributionVersion> versions) {
        Map<String, List<ContributionVersion>> byMinistry = new LinkedHashMap<>();
        for (ContributionVersion v : versions) {
            byMinistry.computeIfAbsent(v.ministry, k -> new ArrayList<>()).add(v);
        }
        return byMinistry;
    }

    private static MinistryStatus status(int year, String ministry, boolean expected, List<ContributionVersion> current,
            List<ContributionVersion> accepted, Instant deadline) {
        if (current == null || current.isEmpty()) {
            return new MinistryStatus(ministry, expected, Status.MISSING, null, 0, 0, 0, 0);
        }
        Instant first = ContributionVersion.firstSubmission(year, ministry);
        int acceptedCount = accepted == null ? 0 : accepted.size();
        int pending = (int) current.stream().filter(v -> v.reviewState == ReviewState.PENDING_REVIEW).count();
        int returned = (int) current.stream().filter(v -> v.reviewState == ReviewState.RETURNED).count();
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
