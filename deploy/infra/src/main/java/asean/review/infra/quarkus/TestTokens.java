package asean.review.infra.quarkus;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

import asean.review.infra.auth.SigningKey;
import asean.review.infra.auth.TokenIssuer;
import asean.review.infra.keycloak.KeycloakAdmin;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.keycloak.RealmUsers;

/**
 * Tokens for tests. Valid ones come from the tests' Keycloak ({@link KeycloakTestResource}), for users it holds
 * (made on first use: a ministry's officer, an office clerk...); the kinds a service must refuse are made here,
 * signed with the tests' realm key ({@link #key()}) or another.
 */
public final class TestTokens {

    public static final String SUBMITTER = "submitter";
    public static final String COORDINATOR = "coordinator";
    /** An issuer no service trusts. */
    public static final String ANOTHER_ISSUER = "https://sso.example.org/realms/elsewhere";
    /** The password the tests give every user they sign in as. */
    public static final String PASSWORD = "test-password";

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();
    private static SigningKey key;

    private record Issued(String token, Instant expires) {
    }

    private TestTokens() {
    }

    /** The tests' realm key: Keycloak signs with it, and so do the tests' hand-made tokens. */
    static synchronized SigningKey key() {
        if (key == null) {
            key = SigningKey.generate();
        }
        return key;
    }

    /** An officer of {@code ministry}, named {@link #officer}. */
    public static String submitter(String ministry) {
        return fromKeycloak(officer(ministry), SUBMITTER, ministry);
    }

    public static String coordinator() {
        return coordinator("coordinator@office");
    }

    public static String coordinator(String username) {
        return fromKeycloak(username, COORDINATOR, null);
    }

    /** The user name of {@code ministry}'s officer in the realm: {@code officer@<ministry in lower case>}. */
    public static String officer(String ministry) {
        return "officer@" + ministry.toLowerCase(Locale.ROOT);
    }

    /** A submitter's token that names no ministry (a user whose {@code ministry} attribute was never set). */
    public static String submitterWithoutMinistry() {
        return fromKeycloak("officer@nowhere", SUBMITTER, null);
    }

    /** A token of a user with neither role. */
    public static String unknownRole() {
        return fromKeycloak("visitor", null, null);
    }

    /**
     * A real token of the realm for {@code ministry}'s officer, but issued to Keycloak's own {@code admin-cli}
     * client, which does not add this system's audience: a token meant for something else.
     */
    public static String submitterForAnotherClient(String ministry) {
        submitter(ministry);
        return KeycloakTestResource.keycloak().admin().tokens()
                .password(KeycloakServer.REALM, "admin-cli", officer(ministry), PASSWORD);
    }

    /** A submitter's token, signed with the realm's key, that expired an hour ago. */
    public static String expired(String ministry) {
        return new TokenIssuer(key(), keyId(), KeycloakTestResource.issuer())
                .token(officer(ministry), SUBMITTER, ministry, Instant.now().minus(Duration.ofHours(2)), LIFETIME);
    }

    /** A coordinator's token from the realm's issuer, naming the realm key's id, but signed by another key. */
    public static String forged() {
        return new TokenIssuer(SigningKey.generate(), keyId(), KeycloakTestResource.issuer())
                .token("coordinator@office", COORDINATOR, null, Instant.now(), LIFETIME);
    }

    /** A coordinator's token from the realm's issuer that is not signed at all ({@code alg: none}). */
    public static String unsigned() {
        return new TokenIssuer(key(), keyId(), KeycloakTestResource.issuer())
                .unsigned("coordinator@office", COORDINATOR, null);
    }

    /** A coordinator's token signed with HMAC keyed by the realm's public key (the algorithm-confusion forgery). */
    public static String hmacWithThePublicKey() {
        return new TokenIssuer(key(), keyId(), KeycloakTestResource.issuer()).hmac(
                key().publicKeyPem().getBytes(java.nio.charset.StandardCharsets.UTF_8), "coordinator@office",
                COORDINATOR, null);
    }

    /** A coordinator's token signed by a forger's key, which its header offers as a {@code jwk} to verify it with. */
    public static String withItsOwnKey() {
        return new TokenIssuer(SigningKey.generate(), keyId(), KeycloakTestResource.issuer())
                .withEmbeddedKey("coordinator@office", COORDINATOR, null);
    }

    /** A coordinator's token signed with the realm's key, but from {@link #ANOTHER_ISSUER}. */
    public static String coordinatorFromAnotherIssuer() {
        return new TokenIssuer(key(), keyId(), ANOTHER_ISSUER)
                .token("coordinator@office", COORDINATOR, null, Instant.now(), LIFETIME);
    }

    /** An officer's token of {@code ministry} signed with the realm's key, but from {@link #ANOTHER_ISSUER}. */
    public static String submitterFromAnotherIssuer(String ministry) {
        return new TokenIssuer(key(), keyId(), ANOTHER_ISSUER)
                .token(officer(ministry), SUBMITTER, ministry, Instant.now(), LIFETIME);
    }

    /** An access token from the password grant of the realm's command-line client, for a user made on first use. */
    private static String fromKeycloak(String username, String role, String ministry) {
        Issued issued = ISSUED.compute(username, (name, earlier) -> {
            if (earlier != null && Instant.now().plus(REFRESH_BEFORE_EXPIRY).isBefore(earlier.expires())) {
                return earlier;
            }
            KeycloakAdmin admin = KeycloakTestResource.keycloak().admin();
            if (earlier == null) {
                RealmUsers.ensure(admin, name, role, ministry, PASSWORD);
            }
            String token = admin.tokens().password(KeycloakServer.REALM, "asean-cli", name, PASSWORD);
            return new Issued(token, expiry(token));
        });
        return issued.token();
    }

    private static Instant expiry(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return Instant.ofEpochSecond(JSON.readTree(payload).get("exp").asLong());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code kid} under which Keycloak publishes the tests' key. */
    private static synchronized String keyId() {
        try {
            JsonNode certs = KeycloakTestResource.keycloak().admin().publicJson(
                    "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/certs");
            for (JsonWebKey jwk : new JsonWebKeySet(certs.toString()).getJsonWebKeys()) {
                if (key().publicKey().equals(jwk.getKey())) {
                    return jwk.getKeyId();
                }
            }
            throw new IllegalStateException("Keycloak does not publish the tests' key: " + certs);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
