package asean.review.infra.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes a {@code @QuarkusTest} verify bearer tokens against the key {@link TestTokens} signs with. Only the key:
 * the issuer a token must come from stays the one the service's own {@code application.properties} names
 * ({@code mp.jwt.verify.issuer}), so that its tests exercise the issuer check as it runs in production.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", TestTokens.key().publicKeyPem());
    }

    @Override
    public void stop() {
        // the key lives as long as the JVM
    }
}
