package asean.review.infra.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.TempDirs;
import asean.review.infra.auth.SigningKey;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.keycloak.LocalKeycloak;
import asean.review.infra.keycloak.RealmFile;
import asean.review.infra.keycloak.RealmSync;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest}'s OIDC at a real Keycloak, one per JVM, with the project's realm
 * ({@code deploy/keycloak/asean-review-realm.json}, packaged in this module) plus one realm key of the tests'
 * ({@link TestTokens#key()}), with which they sign the tokens Keycloak would never issue (expired ones...).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where this module carries the realm file. */
    public static final String REALM_RESOURCE = "/keycloak/asean-review-realm.json";

    private static LocalKeycloak keycloak;

    public static synchronized LocalKeycloak keycloak() {
        if (keycloak == null) {
            Path dir = TempDirs.create("keycloak-test");
            keycloak = LocalKeycloak.start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.close();
                TempDirs.delete(dir);
            }));
            RealmSync.apply(keycloak.admin(), realmWithTestKey(TestTokens.key()));
        }
        return keycloak;
    }

    /** The project's realm file, as this module carries it. */
    public static String realmFile() {
        try (InputStream in = KeycloakTestResource.class.getResourceAsStream(REALM_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realmWithTestKey(SigningKey key) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode realm = (ObjectNode) json.readTree(realmFile());
            ObjectNode provider = json.createObjectNode().put("name", "tests' key").put("providerId", "rsa");
            provider.set("subComponents", json.createObjectNode());
            provider.set("config", json.valueToTree(Map.of("priority", List.of("200"), "algorithm", List.of("RS256"),
                    "privateKey", List.of(key.privateKeyPem()), "active", List.of("true"),
                    "enabled", List.of("true"))));
            ((ObjectNode) realm.get("components")).withArray("org.keycloak.keys.KeyProvider").add(provider);
            return json.writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The issuer; for the ministries' pages their client's secret and a key for their session cookies; for
     * report-service the secret of the client it manages officers with; for registry-service the secret of the client
     * it reads the officers it mails with.
     */
    @Override
    public Map<String, String> start() {
        RealmFile realm = RealmFile.parse(realmFile());
        return Map.of("quarkus.oidc.auth-server-url", keycloak().issuer(),
                "asean.pages.client-secret", realm.clientSecret(KeycloakServer.PAGES_CLIENT),
                "asean.people.client-secret", realm.clientSecret(KeycloakServer.PEOPLE_CLIENT),
                "asean.mail.people.client-secret", realm.clientSecret(KeycloakServer.MAIL_CLIENT),
                "asean.pages.session-secret", UUID.randomUUID() + "-" + UUID.randomUUID());
    }

    @Override
    public void stop() {
        // Keycloak lives as long as the JVM: every test class of a module shares it.
    }

    static String issuer() {
        return KeycloakServer.issuer(keycloak().port());
    }
}
