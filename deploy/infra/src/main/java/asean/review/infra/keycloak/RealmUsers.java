package asean.review.infra.keycloak;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Users of the project's realm, through the admin API. */
public final class RealmUsers {

    private RealmUsers() {
    }

    /**
     * Makes sure {@code username} exists with {@code password}, the realm role {@code role} (none if null) and, if
     * not null, the {@code ministry} attribute.
     */
    public static void ensure(KeycloakAdmin admin, String username, String role, String ministry, String password) {
        String users = "/admin/realms/" + KeycloakServer.REALM + "/users";
        String byName = users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        JsonNode found = admin.get(byName);
        if (found.isEmpty()) {
            String local = username.replaceAll("[^A-Za-z0-9]", "");
            admin.send("POST", users, Map.of("username", username, "enabled", true,
                    "email", local + "@users.example.gov.vn", "emailVerified", true,
                    "firstName", "Test", "lastName", local,
                    "attributes", ministry == null ? Map.of() : Map.of("ministry", List.of(ministry))));
            found = admin.get(byName);
        }
        String id = found.get(0).get("id").asText();
        admin.send("PUT", users + "/" + id + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
        if (role != null) {
            JsonNode roleRepresentation = admin.get("/admin/realms/" + KeycloakServer.REALM + "/roles/" + role);
            admin.send("POST", users + "/" + id + "/role-mappings/realm", List.of(roleRepresentation));
        }
    }
}
