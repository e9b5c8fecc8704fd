package asean.review.infra.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.security.interfaces.RSAPublicKey;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 access tokens shaped as Keycloak's for this project's realm: {@code iss}, {@code sub},
 * {@code preferred_username}, {@code realm_access.roles} (the role), {@code aud} and, for a submitter,
 * {@code ministry}. Only the tests use it, for tokens Keycloak would never issue (expired, from another issuer,
 * signed by another key); valid tokens come from Keycloak.
 */
public final class TokenIssuer {

    /** The audience every client of the realm adds to its access tokens, and the services require. */
    public static final String AUDIENCE = "asean-review";

    private final SigningKey key;
    private final String keyId;
    private final String issuer;

    /** Signs as {@code issuer} with {@code key}, naming it {@code keyId} (the {@code kid} of the issuer's JWKS). */
    public TokenIssuer(SigningKey key, String keyId, String issuer) {
        this.key = key;
        this.keyId = keyId;
        this.issuer = issuer;
    }

    /** A token for {@code role}, issued at {@code issuedAt}; {@code ministry} may be null. */
    public String token(String username, String role, String ministry, Instant issuedAt, Duration lifetime) {
        return sign(claims(username, role, ministry, issuedAt, lifetime), jws -> {
            jws.setKey(key.privateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        });
    }

    /** The same claims, unsigned: {@code alg: none}. */
    public String unsigned(String username, String role, String ministry) {
        return sign(claims(username, role, ministry, Instant.now(), Duration.ofHours(1)), jws -> {
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        });
    }

    /** The same claims, signed with HMAC-SHA256 keyed by {@code secret} (the issuer's public key, by a forger). */
    public String hmac(byte[] secret, String username, String role, String ministry) {
        return sign(claims(username, role, ministry, Instant.now(), Duration.ofHours(1)), jws -> {
            jws.setKey(new HmacKey(secret));
            jws.setDoKeyValidation(false);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        });
    }

    /** The same claims, signed with this issuer's key, which the header offers as its own {@code jwk}. */
    public String withEmbeddedKey(String username, String role, String ministry) {
        return sign(claims(username, role, ministry, Instant.now(), Duration.ofHours(1)), jws -> {
            jws.setKey(key.privateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            try {
                jws.setJwkHeader(new RsaJsonWebKey((RSAPublicKey) key.publicKey()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private JwtClaims claims(String username, String role, String ministry, Instant issuedAt, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(UUID.nameUUIDFromBytes(username.getBytes()).toString());
        claims.setAudience(AUDIENCE);
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "asean-cli");
        claims.setClaim("preferred_username", username);
        claims.setClaim("realm_access", Map.of("roles", List.of(role)));
        if (ministry != null) {
            claims.setClaim("ministry", ministry);
        }
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(issuedAt.plus(lifetime).toEpochMilli()));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private String sign(JwtClaims claims, Consumer<JsonWebSignature> signing) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        if (keyId != null) {
            jws.setKeyIdHeaderValue(keyId);
        }
        signing.accept(jws);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
