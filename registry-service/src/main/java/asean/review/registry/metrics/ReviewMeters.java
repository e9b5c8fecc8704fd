package asean.review.registry.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import asean.review.contract.api.ReviewDecision.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/** The office's reviews, {@code asean.reviews} by decision ({@code accept}, {@code return}), counted once stored. */
@ApplicationScoped
@Startup
public class ReviewMeters {

    private final Map<Decision, Counter> reviews = new EnumMap<>(Decision.class);
    private final AfterCommit afterCommit;

    public ReviewMeters(MeterRegistry registry, AfterCommit afterCommit) {
        this.afterCommit = afterCommit;
        for (Decision decision : Decision.values()) {
            reviews.put(decision, Counter.builder("asean.reviews")
                    .description("The office's review decisions")
                    .tag("decision", decision.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    public void reviewed(Decision decision) {
        afterCommit.run(reviews.get(decision)::increment);
    }
}
