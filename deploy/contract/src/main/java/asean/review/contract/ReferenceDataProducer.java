package asean.review.contract;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the reference data and the contribution rules injectable in a service. The files come from
 * {@code asean.reference.ministries|areas|chairs}: a classpath location or a file path.
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
    ContributionRules contributionRules(ReferenceData reference, Validator validator) {
        return new ContributionRules(reference, validator);
    }
}
