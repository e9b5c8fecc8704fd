package asean.review.report.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import asean.review.infra.keycloak.KeycloakAdmin;
import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.quarkus.KeycloakTestResource;

/** The tests' Keycloak as a user signing in sees it, and as its administrator does (not through the service). */
final class Realm {

    private static final String USERS = "/admin/realms/" + KeycloakServer.REALM + "/users";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an access token says about its user. */
    record Claims(String ministry, List<String> roles) {
    }

    private Realm() {
    }

    /**
     * Signs in with the password grant of the command-line client, as {@code deploy/token.sh} does.
     *
     * @throws IllegalStateException with Keycloak's answer when it refuses
     */
    static Claims signIn(String username, String password) {
        String token = admin().tokens().password(KeycloakServer.REALM, "asean-cli", username, password);
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            List<String> roles = new ArrayList<>();
            claims.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
            return new Claims(claims.path("ministry").asText(null), roles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<JsonNode> find(String username) {
        JsonNode found = admin().get(USERS + "?exact=true&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static JsonNode user(String username) {
        return find(username).orElseThrow(() -> new AssertionError("Keycloak has no user " + username));
    }

    /** What an officer does at its first sign-in: replaces the one-time password with one of its own. */
    static void choosePassword(String username, String password) {
        admin().send("PUT", USERS + "/" + user(username).path("id").asText() + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
    }

    private static KeycloakAdmin admin() {
        return KeycloakTestResource.keycloak().admin();
    }
}
