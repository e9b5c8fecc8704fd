package asean.review.infra.quarkus;

import java.time.Duration;
import java.time.Instant;

import asean.review.infra.auth.SigningKey;
import asean.review.infra.auth.TokenIssuer;

/**
 * Tokens for tests: valid ones for each role, and the kinds a service must refuse. Valid tokens come from
 * {@link TokenIssuer#LOCAL_ISSUER}, the issuer each service's {@code application.properties} trusts.
 */
public final class TestTokens {

    public static final String SUBMITTER = "submitter";
    public static final String COORDINATOR = "coordinator";
    /** An issuer no service trusts. */
    public static final String ANOTHER_ISSUER = "https://sso.example.org/realms/elsewhere";

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static SigningKey key;
    private static TokenIssuer issuer;

    private TestTokens() {
    }

    static synchronized SigningKey key() {
        if (key == null) {
            key = SigningKey.generate();
            issuer = new TokenIssuer(key, TokenIssuer.LOCAL_ISSUER);
        }
        return key;
    }

    /** An officer of {@code ministry}, named {@code officer@<ministry>}. */
    public static String submitter(String ministry) {
        return issuer().token(officer(ministry), SUBMITTER, ministry, LIFETIME);
    }

    public static String coordinator() {
        return coordinator(TokenIssuer.username(null));
    }

    public static String coordinator(String username) {
        return issuer().token(username, COORDINATOR, null, LIFETIME);
    }

    public static String officer(String ministry) {
        return TokenIssuer.username(ministry);
    }

    /** A submitter's token that expired an hour ago. */
    public static String expired(String ministry) {
        return issuer().token(officer(ministry), SUBMITTER, ministry, Instant.now().minus(Duration.ofHours(2)),
                LIFETIME);
    }

    /** A coordinator's token signed by a key the services do not trust. */
    public static String forged() {
        return new TokenIssuer(SigningKey.generate(), TokenIssuer.LOCAL_ISSUER)
                .token(TokenIssuer.username(null), COORDINATOR, null, LIFETIME);
    }

    /** A coordinator's token signed by the trusted key, but from {@link #ANOTHER_ISSUER}. */
    public static String coordinatorFromAnotherIssuer() {
        return new TokenIssuer(key(), ANOTHER_ISSUER).token(TokenIssuer.username(null), COORDINATOR, null, LIFETIME);
    }

    /** An officer's token of {@code ministry} signed by the trusted key, but from {@link #ANOTHER_ISSUER}. */
    public static String submitterFromAnotherIssuer(String ministry) {
        return new TokenIssuer(key(), ANOTHER_ISSUER).token(officer(ministry), SUBMITTER, ministry, LIFETIME);
    }

    /** A submitter's token that names no ministry (a provider whose ministry mapper is missing). */
    public static String submitterWithoutMinistry() {
        return issuer().token("officer@nowhere", SUBMITTER, null, LIFETIME);
    }

    /** A valid signature over a role the services do not know. */
    public static String unknownRole() {
        return issuer().token("visitor", "visitor", null, LIFETIME);
    }

    private static TokenIssuer issuer() {
        key();
        return issuer;
    }
}
