package asean.review.infra.quarkus;

import java.util.Map;

import asean.review.infra.auth.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes a {@code @QuarkusTest} verify bearer tokens against the key {@link TestTokens} signs with. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", TestTokens.key().publicKeyPem(),
                "mp.jwt.verify.issuer", TokenIssuer.LOCAL_ISSUER);
    }

    @Override
    public void stop() {
        // the key lives as long as the JVM
    }
}
