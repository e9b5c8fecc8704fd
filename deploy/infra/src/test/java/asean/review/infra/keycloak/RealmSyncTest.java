package asean.review.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import asean.review.infra.TempDirs;
import asean.review.infra.quarkus.KeycloakTestResource;

/**
 * A realm file changed after Keycloak first imported it reaches that Keycloak at the next sync (Keycloak's own
 * start-up import skips a realm that exists), and what was changed in Keycloak since is kept.
 */
class RealmSyncTest {

    private static final String REALM = "/admin/realms/" + KeycloakServer.REALM;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static LocalKeycloak keycloak;

    @BeforeAll
    static void start() {
        dir = TempDirs.create("realm-sync-test");
        keycloak = LocalKeycloak.start(dir);
    }

    @AfterAll
    static void stop() {
        keycloak.close();
        TempDirs.delete(dir);
    }

    @Test
    void aRealmFileChangedLaterReachesTheExistingRealmWithoutUndoingWhatChangedThere() throws Exception {
        KeycloakAdmin admin = keycloak.admin();
        String file = KeycloakTestResource.realmFile();
        assertThat(RealmSync.apply(admin, file).created()).isTrue();
        String officerToken = admin.tokens().password(KeycloakServer.REALM, "asean-cli", "officer@moh", "local-moh");
        assertThat(claims(officerToken).path("ministry").asText()).isEqualTo("MOH");
        assertThat(claims(officerToken).path("realm_access").path("roles").toString()).contains("submitter");
        String systemToken = admin.tokens().clientCredentials(KeycloakServer.REALM, "system-mofa", "local-system-mofa");
        assertThat(claims(systemToken).path("ministry").asText()).isEqualTo("MOFA");

        // The office changes an officer's password in Keycloak; later the realm file gains a role, a client,
        // a user attribute and a shorter access-token lifetime.
        RealmUsers.ensure(admin, "officer@moh", "submitter", "MOH", "changed-by-the-office");
        ObjectNode changed = (ObjectNode) JSON.readTree(file);
        changed.withArray("/roles/realm").addObject().put("name", "auditor");
        changed.withArray("/clients").addObject().put("clientId", "statistics-office").put("publicClient", true);
        changed.put("accessTokenLifespan", 240);
        ObjectNode profile = (ObjectNode) JSON.readTree(changed.at(
                "/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
        profile.withArray("/attributes").addObject().put("name", "deputyOf");
        ((ObjectNode) changed.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config"))
                .putArray("kc.user.profile.config").add(profile.toString());

        RealmSync.Outcome outcome = RealmSync.apply(admin, changed.toString());

        assertThat(outcome.created()).isFalse();
        assertThat(outcome.added()).as("the role and the client").isEqualTo(2);
        assertThat(admin.get(REALM + "/roles/auditor").path("name").asText()).isEqualTo("auditor");
        assertThat(admin.get(REALM + "/clients?clientId=statistics-office")).hasSize(1);
        assertThat(admin.get(REALM).path("accessTokenLifespan").asInt()).isEqualTo(240);
        assertThat(admin.get(REALM + "/users/profile").path("attributes").toString()).contains("deputyOf");
        assertThat(admin.tokens().password(KeycloakServer.REALM, "asean-cli", "officer@moh", "changed-by-the-office"))
                .as("the password the office set is kept").isNotBlank();
        assertThatThrownBy(() -> admin.tokens().password(KeycloakServer.REALM, "asean-cli", "officer@moh", "local-moh"))
                .hasMessageContaining("401");
        assertThat(claims(admin.tokens().password(KeycloakServer.REALM, "asean-cli", "officer@moh", "changed-by-the-office"))
                .path("ministry").asText()).as("the declared ministry attribute survives the new profile")
                .isEqualTo("MOH");
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
