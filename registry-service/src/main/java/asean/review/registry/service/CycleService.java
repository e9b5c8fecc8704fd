package asean.review.registry.service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import asean.review.contract.Problem.FieldError;
import asean.review.contract.ReferenceData;
import asean.review.contract.api.AuditEntry.Action;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.ReportingCycle;
import io.quarkus.panache.common.Sort;

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

    /** Every cycle, the newest year first. */
    public List<Cycle> all() {
        return ReportingCycle.<ReportingCycle>listAll(Sort.descending("year")).stream().map(ReportingCycle::view)
                .toList();
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
        entity.reminderDays = cycle.reminderDays().stream().distinct().sorted(Comparator.reverseOrder()).toList();
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

    /** Who has reported for {@code year}: see {@link CompletenessCalculator}. */
    public Optional<Completeness> completeness(int year) {
        return ReportingCycle.<ReportingCycle>findByIdOptional(year).map(cycle -> CompletenessCalculator.completeness(
                year, cycle.deadline, cycle.expectedMinistries, ZoneId.of(reference.country().timeZone()),
                versions(ContributionVersion.current(year, null, null, null)),
                versions(ContributionVersion.accepted(year, null, null, null)),
                ministry -> ContributionVersion.firstSubmission(year, ministry)));
    }

    private static List<CompletenessCalculator.Version> versions(List<ContributionVersion> versions) {
        return versions.stream().map(v -> new CompletenessCalculator.Version(v.ministry, v.reviewState)).toList();
    }
}
