package asean.review.infra.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 bearer tokens shaped as the services expect them from any OIDC provider: {@code iss},
 * {@code sub}, {@code preferred_username}, {@code groups} (the role) and, for a submitter, {@code ministry}.
 */
public final class TokenIssuer {

    /** The issuer the local stack and the tests sign as; production names its OIDC provider's. */
    public static final String LOCAL_ISSUER = "https://asean-review.local/issuer";

    private final SigningKey key;
    private final String issuer;

    /** The user name the local stack and the tests give a ministry's officer, or the office (null ministry). */
    public static String username(String ministry) {
        return ministry == null ? "coordinator@office" : "officer@" + ministry.toLowerCase(Locale.ROOT);
    }

    public TokenIssuer(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** A token for {@code role}; {@code ministry} may be null (a coordinator speaks for no ministry). */
    public String token(String username, String role, String ministry, Duration lifetime) {
        return token(username, role, ministry, Instant.now(), lifetime);
    }

    public String token(String username, String role, String ministry, Instant issuedAt, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(username);
        claims.setClaim("preferred_username", username);
        claims.setStringListClaim("groups", List.of(role));
        if (ministry != null) {
            claims.setClaim("ministry", ministry);
        }
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(issuedAt.plus(lifetime).toEpochMilli()));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
