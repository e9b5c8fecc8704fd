package asean.review.report.client;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The Keycloak client whose service account manages the realm's users for the office ({@link KeycloakUsers}).
 * The realm is the one that issues this system's tokens.
 */
@ConfigMapping(prefix = "asean.people")
public interface PeopleConfig {

    String clientId();

    /** Without it the service still serves briefs; managing officers answers 503 and names the setting. */
    Optional<String> clientSecret();
}
