package asean.review.registry.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.contract.Contribution;
import asean.review.contract.ContributionRules;
import asean.review.contract.ContributionSubmitted;
import asean.review.contract.Problem.FieldError;
import asean.review.contract.ReferenceData;
import asean.review.contract.Submitter;
import asean.review.contract.api.AuditEntry.Action;
import asean.review.contract.api.ImportResult;
import asean.review.contract.api.ReviewState;
import asean.review.registry.AuditEvent;
import asean.review.registry.ContributionVersion;
import asean.review.registry.ReportingCycle;

/**
 * Brings a year run before this system in from a file the office holds (the contributions as the API takes them, or
 * as it lists them), so that the brief can compare years from the first year of use. All or nothing: one broken
 * contribution and none is stored. Each becomes a version entered by the office on its ministry's behalf and accepted
 * by the office at once, unless the contribution's current version already reads the same: the same file imported
 * twice changes nothing, and a corrected file adds versions only where something changed. A year with a reporting
 * cycle here is refused: its contributions are the ministries' own.
 */
@ApplicationScoped
@Transactional
public class PastYearImport {

    private final RegistrationService registration;
    private final ContributionRules rules;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    public PastYearImport(RegistrationService registration, ContributionRules rules, ObjectMapper json, Clock clock,
            ReferenceData reference) {
        this.registration = registration;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(reference.country().timeZone());
    }

    public ImportResult importYear(int year, List<JsonNode> items, String coordinator) {
        int currentYear = LocalDate.now(clock.withZone(zone)).getYear();
        if (year >= currentYear) {
            throw new InvalidRequestException("only a past year can be imported", List.of(new FieldError("year",
                    year + " is not a past year: the ministries report " + currentYear + " themselves")));
        }
        if (ReportingCycle.findById(year) != null) {
            throw new InvalidRequestException("only a year run before this system can be imported", List.of(
                    new FieldError("year", year + " has a reporting cycle here: its contributions are the ministries' "
                            + "own, amended and reviewed here, never replaced by an import")));
        }
        List<Contribution> contributions = read(year, items);
        int imported = 0;
        Instant now = clock.instant();
        for (Contribution c : contributions) {
            ContributionVersion.lock(year, c.ministry(), c.area());
            int latest = ContributionVersion.nextVersion(year, c.ministry(), c.area()) - 1;
            if (latest > 0 && ContributionVersion.findVersion(year, c.ministry(), c.area(), latest)
                    .filter(current -> c.equals(current.content)).isPresent()) {
                continue;
            }
            registration.register(new ContributionSubmitted(ContributionSubmitted.SCHEMA_VERSION,
                    submissionIdOf(c, latest + 1), now, new Submitter(coordinator, c.ministry(), true), c));
            ContributionVersion version = ContributionVersion.findVersion(year, c.ministry(), c.area(), latest + 1)
                    .orElseThrow();
            version.reviewState = ReviewState.ACCEPTED;
            version.reviewedBy = coordinator;
            version.reviewedAt = now;
            AuditEvent.record(now, coordinator, Action.ACCEPTED, version, "imported from a file of " + year);
            imported++;
        }
        return new ImportResult(year, imported, contributions.size() - imported);
    }

    /** The file's contributions, or every broken rule of every one of them, named by its place in the file. */
    private List<Contribution> read(int year, List<JsonNode> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("nothing to import", List.of(new FieldError("",
                    "the file holds no contribution: send a JSON array of contributions")));
        }
        List<Contribution> contributions = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "[" + i + "]";
            JsonNode item = items.get(i);
            JsonNode body = item != null && item.has("contribution") ? item.get("contribution") : item;
            Contribution c;
            try {
                c = json.treeToValue(body, Contribution.class);
            } catch (JsonProcessingException e) {
                errors.add(new FieldError(at, "is not a contribution: " + e.getOriginalMessage()));
                continue;
            }
            rules.check(c).forEach(e -> errors.add(new FieldError(at + "." + e.field(), e.message())));
            if (c != null && c.year() != null && c.year() != year) {
                errors.add(new FieldError(at + ".year", "is " + c.year() + "; this import is for " + year));
            }
            if (c != null && !keys.add(c.key())) {
                errors.add(new FieldError(at, "repeats " + c.key() + ": a file holds each contribution once"));
            }
            contributions.add(c);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() + " problem(s) in the file; nothing was imported", errors);
        }
        // One order for the contributions' locks, whatever the file's: two imports never wait on each other in a circle.
        contributions.sort(Comparator.comparing(Contribution::key));
        return contributions;
    }

    /** The same contribution imported as the same version has the same id: a retried import stores nothing twice. */
    private UUID submissionIdOf(Contribution c, int version) {
        try {
            return UUID.nameUUIDFromBytes(("import:" + version + ":" + json.writeValueAsString(c))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a contribution as JSON", e);
        }
    }
}
