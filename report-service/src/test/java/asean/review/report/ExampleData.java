package asean.review.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import asean.review.contract.Contribution;
import asean.review.contract.ReferenceData;
import asean.review.contract.ReferenceDataLoader;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Completeness.MinistryStatus;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;
import asean.review.infra.quarkus.TestTokens;
import asean.review.report.brief.BriefInputs;

/** The example data of deploy/examples (the seed articles), as the registry would serve it. */
public final class ExampleData {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    public static final Instant REGISTERED = Instant.parse("2024-12-05T03:00:00Z");

    private ExampleData() {
    }

    private static Path folder(int year) {
        return Path.of("..", "deploy", "examples", String.valueOf(year));
    }

    public static ReferenceData.Dataset reference() {
        return ReferenceDataLoader.loadDefaults().dataset();
    }

    /** The cycle as the registry stores it: chair filled in from the reference data. */
    public static Cycle cycle(int year) {
        try {
            Cycle file = JSON.readValue(folder(year).resolve("cycle.json").toFile(), Cycle.class);
            ReferenceData.Chair chair = ReferenceDataLoader.loadDefaults().chair(year).orElseThrow();
            return new Cycle(year, chair.country(), file.theme() != null ? file.theme() : chair.theme(),
                    file.overview(), file.facts(), file.deadline(), file.expectedMinistries(), REGISTERED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version as the registry serves it once the office accepted it. */
    public static RegisteredContribution accepted(UUID id, int version, Instant submittedAt, Contribution c) {
        return new RegisteredContribution(id, version, submittedAt, submittedAt.plusSeconds(60),
                TestTokens.officer(c.ministry()), false, new Review(ReviewState.ACCEPTED, null, "coordinator@office",
                        submittedAt.plusSeconds(3600)), c);
    }

    /** {@code version} as the office's user {@code officeUser} entered it on its ministry's behalf. */
    public static RegisteredContribution enteredByTheOffice(RegisteredContribution version, String officeUser) {
        return new RegisteredContribution(version.submissionId(), version.version(), version.submittedAt(),
                version.registeredAt(), officeUser, true, version.review(), version.contribution());
    }

    /** A version the office has not accepted: {@code state} is PENDING_REVIEW or RETURNED. */
    public static RegisteredContribution notAccepted(int version, ReviewState state, Contribution c) {
        Instant submittedAt = REGISTERED.plusSeconds(600);
        return new RegisteredContribution(UUID.randomUUID(), version, submittedAt, submittedAt.plusSeconds(60),
                TestTokens.officer(c.ministry()), false, state == ReviewState.RETURNED
                        ? new Review(state, "Name the term", "coordinator@office", submittedAt.plusSeconds(3600))
                        : Review.PENDING, c);
    }

    /** Every example contribution of the year, each registered once before the deadline, and accepted. */
    public static List<RegisteredContribution> contributions(int year) {
        List<RegisteredContribution> registered = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder(year).resolve("contributions"))) {
            for (Path file : files.sorted().toList()) {
                Contribution c = JSON.readValue(file.toFile(), Contribution.class);
                registered.add(accepted(UUID.nameUUIDFromBytes(file.toString().getBytes()), 1,
                        REGISTERED.minusSeconds(60), c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registered;
    }

    /** Completeness as the registry computes it: submitters on time, the other expected ones missing. */
    public static Completeness completeness(Cycle cycle, List<RegisteredContribution> contributions) {
        List<String> submitters = contributions.stream().map(r -> r.contribution().ministry()).distinct().toList();
        List<MinistryStatus> statuses = new ArrayList<>();
        for (String expected : cycle.expectedMinistries()) {
            boolean submitted = submitters.contains(expected);
            statuses.add(new MinistryStatus(expected, true,
                    submitted ? Completeness.Status.ON_TIME : Completeness.Status.MISSING,
                    submitted ? REGISTERED.minusSeconds(60) : null, submitted ? 1 : 0, submitted ? 1 : 0, 0, 0));
        }
        submitters.stream().filter(m -> !cycle.expectedMinistries().contains(m)).forEach(m -> statuses.add(
                new MinistryStatus(m, false, Completeness.Status.ON_TIME, REGISTERED.minusSeconds(60), 1, 1, 0, 0)));
        int onTime = (int) statuses.stream().filter(s -> s.expected() && s.status() == Completeness.Status.ON_TIME)
                .count();
        return new Completeness(cycle.year(), cycle.deadline(), cycle.expectedMinistries().size(), onTime, 0, 0, 0,
                cycle.expectedMinistries().size() - onTime, statuses);
    }

    public static BriefInputs inputs(int year) {
        Cycle cycle = cycle(year);
        List<RegisteredContribution> contributions = contributions(year);
        return new BriefInputs(year, Optional.of(cycle), Optional.of(completeness(cycle, contributions)),
                contributions, List.of(), reference());
    }
}
