package asean.review.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
        assertThat(RealmSync.apply(admin, withoutThePeopleClient(file)).created()).isTrue();
        String officerToken = admin.tokens().password(KeycloakServer.REALM, "asean-cli", "officer@moh", "local-moh");
        assertThat(claims(officerToken).path("ministry").asText()).isEqualTo("MOH");
        assertThat(claims(officerToken).path("realm_access").path("roles").toString()).contains("submitter");
        String systemToken = admin.tokens().clientCredentials(KeycloakServer.REALM, "system-mofa", "local-system-mofa");
        assertThat(claims(systemToken).path("ministry").asText()).isEqualTo("MOFA");

        // The office changes an officer's password in Keycloak; later the realm file gains a role, a client,
        // a user attribute and a shorter access-token lifetime, and it is the file of today, with report-service's and
        // registry-service's clients and their service accounts (realm-management roles), which that realm never had.
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
        assertThat(outcome.added()).as("the role, three clients and the service accounts of report and registry")
                .isEqualTo(6);
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
        thePeopleClientManagesUsersOnly(admin);
        theMailClientReadsUsersOnly(admin);
    }

    /** registry-service's client, added the same way, may read the realm's users (to mail officers) and no more. */
    private static void theMailClientReadsUsersOnly(KeycloakAdmin admin) throws Exception {
        String token = admin.tokens().clientCredentials(KeycloakServer.REALM, KeycloakServer.MAIL_CLIENT,
                RealmFile.parse(KeycloakTestResource.realmFile()).clientSecret(KeycloakServer.MAIL_CLIENT));
        assertThat(claims(token).at("/resource_access/realm-management/roles").toString())
                .contains("\"view-users\"", "\"query-users\"")
                .doesNotContain("manage-users", "realm-admin", "manage-realm", "view-realm", "view-clients");
        assertThat(adminApi(admin, token, "/users?q=ministry:MOH")).as("search users by ministry").isEqualTo(200);
        assertThat(adminApi(admin, token, "/clients")).as("list clients").isEqualTo(403);
        String moh = admin.get(REALM + "/users?exact=true&username=officer@moh").get(0).path("id").asText();
        assertThat(adminApi(admin, token, "/users/" + moh + "/role-mappings/realm/composite"))
                .as("read an officer's roles").isEqualTo(200);
        assertThat(KeycloakAdmin.send(HttpRequest.newBuilder(URI.create(admin.url() + REALM + "/users/" + moh))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": false}")).build()).statusCode())
                .as("change a user").isEqualTo(403);
    }

    /**
     * report-service's client, added to a realm that had been created without it, may read and manage the realm's
     * users with its client-credentials token, and do nothing else there.
     */
    private static void thePeopleClientManagesUsersOnly(KeycloakAdmin admin) throws Exception {
        String token = admin.tokens().clientCredentials(KeycloakServer.REALM, KeycloakServer.PEOPLE_CLIENT,
                RealmFile.parse(KeycloakTestResource.realmFile()).clientSecret(KeycloakServer.PEOPLE_CLIENT));
        assertThat(claims(token).at("/resource_access/realm-management/roles").toString())
                .contains("\"view-users\"", "\"query-users\"", "\"manage-users\"")
                .doesNotContain("realm-admin", "manage-realm", "view-realm", "manage-clients", "view-clients");
        assertThat(adminApi(admin, token, "/users?max=1")).as("list users").isEqualTo(200);
        assertThat(adminApi(admin, token, "/clients")).as("list clients").isEqualTo(403);
        assertThat(adminApi(admin, token, "/roles/submitter")).as("read a realm role").isEqualTo(403);
    }

    private static int adminApi(KeycloakAdmin admin, String token, String path) {
        return KeycloakAdmin.send(HttpRequest.newBuilder(URI.create(admin.url() + REALM + path))
                .header("Authorization", "Bearer " + token).build()).statusCode();
    }

    private static String withoutThePeopleClient(String file) throws Exception {
        ObjectNode realm = (ObjectNode) JSON.readTree(file);
        remove((ArrayNode) realm.get("clients"), "clientId", KeycloakServer.PEOPLE_CLIENT);
        remove((ArrayNode) realm.get("users"), "serviceAccountClientId", KeycloakServer.PEOPLE_CLIENT);
        remove((ArrayNode) realm.get("clients"), "clientId", KeycloakServer.MAIL_CLIENT);
        remove((ArrayNode) realm.get("users"), "serviceAccountClientId", KeycloakServer.MAIL_CLIENT);
        return realm.toString();
    }

    private static void remove(ArrayNode array, String field, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (value.equals(array.get(i).path(field).asText())) {
                array.remove(i);
            }
        }
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
