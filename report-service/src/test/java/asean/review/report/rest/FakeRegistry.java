package asean.review.report.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

import asean.review.contract.Contribution;
import asean.review.contract.ReferenceData;
import asean.review.contract.api.ImportResult;
import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.DeadLetterEntry;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Replay;
import asean.review.contract.api.ReviewDecision;
import asean.review.contract.api.ReviewState;
import asean.review.report.ExampleData;
import asean.review.report.client.RegistryClient;

/**
 * The registry's API answered from example data, for testing this service's own HTTP layer; the
 * full-stack test runs the real registry.
 */
public class FakeRegistry implements RegistryClient {

    Cycle cycle;
    final List<RegisteredContribution> contributions = new ArrayList<>();
    /** The versions that later ones in {@code contributions} superseded. */
    final List<RegisteredContribution> superseded = new ArrayList<>();
    public boolean down;

    public static FakeRegistry with2024Examples() {
        return withExamples(2024);
    }

    static FakeRegistry withExamples(int year) {
        FakeRegistry registry = new FakeRegistry();
        registry.cycle = ExampleData.cycle(year);
        registry.contributions.addAll(ExampleData.contributions(year));
        return registry;
    }

    /** The contributions of {@code ministry} as entered by the office's user {@code officeUser} on its behalf. */
    FakeRegistry enteredByTheOffice(String ministry, String officeUser) {
        contributions.replaceAll(c -> c.contribution().ministry().equals(ministry)
                ? ExampleData.enteredByTheOffice(c, officeUser) : c);
        return this;
    }

    @Override
    public Cycle cycle(int year) {
        available();
        if (cycle == null || cycle.year() != year) {
            throw new WebApplicationException(404);
        }
        return cycle;
    }

    @Override
    public Completeness completeness(int year) {
        return ExampleData.completeness(cycle(year), contributions(year, true));
    }

    /** {@code contributions} holds the latest versions; with {@code accepted}, those the office accepted. */
    @Override
    public List<RegisteredContribution> contributions(int year, boolean accepted) {
        available();
        return contributions.stream().filter(c -> c.contribution().year() == year)
                .filter(c -> !accepted || c.review().state() == ReviewState.ACCEPTED).toList();
    }

    @Override
    public List<Cycle> cycles() {
        available();
        return cycle == null ? List.of() : List.of(cycle);
    }

    @Override
    public Cycle putCycle(int year, Cycle changed) {
        available();
        cycle = changed;
        return changed;
    }

    /** Holds one version per contribution: its history is that version. */
    @Override
    public List<RegisteredContribution> history(int year, String ministry, String area) {
        List<RegisteredContribution> found = contributions(year, false).stream()
                .filter(c -> c.contribution().ministry().equals(ministry) && c.contribution().area().equals(area))
                .toList();
        if (found.isEmpty()) {
            throw new WebApplicationException(404);
        }
        return found;
    }

    @Override
    public RegisteredContribution review(int year, String ministry, String area, int version,
            ReviewDecision decision) {
        throw new UnsupportedOperationException("the full-stack tests review through the real registry");
    }

    @Override
    public List<AuditEntry> audit(int year, String ministry, String area) {
        available();
        return List.of();
    }

    @Override
    public List<DeadLetterEntry> deadLetters() {
        available();
        return List.of();
    }

    @Override
    public Replay replay(int partition, long offset) {
        throw new WebApplicationException(404);
    }

    @Override
    public List<RegisteredContribution> versions(int year) {
        available();
        return Stream.concat(contributions.stream(), superseded.stream())
                .filter(c -> c.contribution().year() == year)
                .sorted(Comparator.comparing((RegisteredContribution c) -> c.contribution().ministry())
                        .thenComparing(c -> c.contribution().area()).thenComparingInt(RegisteredContribution::version))
                .toList();
    }

    /** What the registry would have recorded of the versions: each registered, then reviewed unless pending. */
    @Override
    public List<AuditEntry> audit(int year) {
        available();
        List<AuditEntry> entries = new ArrayList<>();
        for (RegisteredContribution v : versions(year)) {
            Contribution c = v.contribution();
            entries.add(new AuditEntry(v.registeredAt(), v.submittedBy(), AuditEntry.Action.REGISTERED, year,
                    c.ministry(), c.area(), v.version(), v.submissionId(), null));
            if (v.review().state() != ReviewState.PENDING_REVIEW) {
                entries.add(new AuditEntry(v.review().reviewedAt(), v.review().reviewedBy(),
                        AuditEntry.Action.valueOf(v.review().state().name()), year, c.ministry(), c.area(),
                        v.version(), v.submissionId(), v.review().message()));
            }
        }
        entries.sort(Comparator.comparing(AuditEntry::at));
        return entries;
    }

    @Override
    public ReferenceData.Dataset reference() {
        available();
        return ExampleData.reference();
    }

    private void available() {
        if (down) {
            throw new jakarta.ws.rs.ProcessingException("connection refused");
        }
    }

    @Override
    public ImportResult importYear(int year, List<JsonNode> contributions) {
        throw new UnsupportedOperationException("the registry's own tests and the full-stack test import past years");
    }
}
