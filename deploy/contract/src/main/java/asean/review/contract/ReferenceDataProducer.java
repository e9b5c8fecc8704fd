package asean.review.contract;

import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the reference data and the contribution rules injectable in a service. The files come from
 * {@code asean.reference.ministries|areas|chairs}: a classpath location or a file path;
 * {@code asean.reference.url} is where clients can list the codes (the registry's base URL).
 */
@Singleton
public class ReferenceDataProducer {

    @Produces
    @Singleton
    ReferenceData referenceData(
            @ConfigProperty(name = "asean.reference.ministries", defaultValue = ReferenceDataLoader.DEFAULT_MINISTRIES)
            String ministries,
            @ConfigProperty(name = "asean.reference.areas", defaultValue = ReferenceDataLoader.DEFAULT_AREAS)
            String areas,
            @ConfigProperty(name = "asean.reference.chairs", defaultValue = ReferenceDataLoader.DEFAULT_CHAIRS)
            String chairs) {
        return ReferenceDataLoader.load(ministries, areas, chairs);
    }

    @Produces
    @Singleton
    ContributionRules contributionRules(ReferenceData reference, Validator validator,
            @ConfigProperty(name = "asean.reference.url") Optional<String> referenceUrl) {
        return new ContributionRules(reference, validator, referenceUrl.orElse(""));
    }
}
