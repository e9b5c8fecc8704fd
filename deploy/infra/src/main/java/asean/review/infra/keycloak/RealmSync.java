package asean.review.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a Keycloak realm to what its file says, on every start: a missing realm is created from the file; an
 * existing one gets what the file added since (roles, clients, users, groups: Keycloak's partial import, which
 * skips those that exist, so that what the office changed in the realm stays), the file's user profile (declared
 * attributes) and its realm settings (token lifetimes, languages...). Keycloak's own start-up import does none of
 * this for a realm that exists.
 */
public final class RealmSync {

    /** Parts of a realm file that the partial import adds one by one, skipping those that exist. */
    private static final List<String> IMPORTED_ONE_BY_ONE = List.of("roles", "clients", "users", "groups");
    private static final String USER_PROFILE = "org.keycloak.userprofile.UserProfileProvider";

    private RealmSync() {
    }

    /** What a sync did: created the realm, or added {@code added} resources to it. */
    public record Outcome(String realm, boolean created, int added) {
    }

    public static Outcome apply(KeycloakAdmin admin, String realmFile) {
        ObjectNode realm = parse(realmFile);
        String name = realm.get("realm").asText();
        if (!admin.realmExists(name)) {
            admin.send("POST", "/admin/realms", realm);
            return new Outcome(name, true, 0);
        }
        ObjectNode additions = KeycloakAdmin.JSON.createObjectNode().put("ifResourceExists", "SKIP");
        IMPORTED_ONE_BY_ONE.stream().filter(realm::has).forEach(part -> additions.set(part, realm.get(part)));
        int added = admin.send("POST", "/admin/realms/" + name + "/partialImport", additions).path("added").asInt();
        JsonNode profile = realm.path("components").path(USER_PROFILE).path(0).path("config")
                .path("kc.user.profile.config").path(0);
        if (profile.isTextual()) {
            admin.send("PUT", "/admin/realms/" + name + "/users/profile", parse(profile.asText()));
        }
        ObjectNode settings = realm.deepCopy();
        settings.remove(IMPORTED_ONE_BY_ONE);
        settings.remove("components");
        admin.send("PUT", "/admin/realms/" + name, settings);
        return new Outcome(name, false, added);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) KeycloakAdmin.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a realm in JSON: " + e.getMessage(), e);
        }
    }
}
