package asean.review.report.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import asean.review.contract.Pillar;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.Cycle;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.ReviewState;

/**
 * Where a year stands, as the dashboards show it: the registry's completeness and the contributions per pillar and
 * review state. Every open dashboard asks for it every few seconds, so one answer of the registry serves them all
 * for {@link #FRESH_FOR}: a submission or a review shows within that, plus the page's own interval.
 */
@ApplicationScoped
public class YearStanding {

    static final Duration FRESH_FOR = Duration.ofSeconds(2);

    /** Contributions of one pillar by the state of their latest version. */
    public record PillarRow(Pillar pillar, int contributions, int accepted, int pendingReview, int returned) {
    }

    public record Standing(Cycle cycle, Completeness completeness, List<PillarRow> pillars) {
    }

    private final Registry registry;
    private final Cache<Integer, Standing> recent = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(20)
            .build();

    public YearStanding(Registry registry) {
        this.registry = registry;
    }

    /**
     * Only the office calls this (its pages' roles say so): what one coordinator may read, every one may.
     * @throws PageException (not found) while the year's cycle is not open
     */
    public Standing of(int year) {
        return recent.get(year, y -> new Standing(registry.cycle(y).orElseThrow(() -> new PageException(
                PageException.Kind.NOT_FOUND, "the office has not opened the cycle of " + y)),
                registry.completeness(y), pillars(registry.latest(y))));
    }

    /** After the office changed the year (its cycle, a review), its next dashboard reads the registry again. */
    public void forget(int year) {
        recent.invalidate(year);
    }

    private static List<PillarRow> pillars(List<RegisteredContribution> latest) {
        return Arrays.stream(Pillar.values()).map(pillar -> {
            List<ReviewState> states = latest.stream()
                    .filter(c -> pillar.name().equals(c.contribution().pillar()))
                    .map(c -> c.review() == null ? ReviewState.PENDING_REVIEW : c.review().state())
                    .toList();
            return new PillarRow(pillar, states.size(), Collections.frequency(states, ReviewState.ACCEPTED),
                    Collections.frequency(states, ReviewState.PENDING_REVIEW),
                    Collections.frequency(states, ReviewState.RETURNED));
        }).toList();
    }
}
