package asean.review.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A realm file ({@code deploy/keycloak/asean-review-realm.json}) as the stack and the tests read it: its example
 * users with their passwords (for local use only: the stack prints them, {@code deploy/token.sh} signs in with them)
 * and its clients' secrets.
 */
public final class RealmFile {

    /** A user of the file with a password: a ministry's officer (role submitter) or the office (coordinator). */
    public record ExampleUser(String username, String password, String role, String ministry) {
    }

    private final String text;
    private final JsonNode realm;

    private RealmFile(String text, JsonNode realm) {
        this.text = text;
        this.realm = realm;
    }

    public static RealmFile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + file + ": " + e.getMessage(), e);
        }
    }

    public static RealmFile parse(String text) {
        try {
            return new RealmFile(text, new ObjectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("not a realm in JSON: " + e.getMessage(), e);
        }
    }

    public String text() {
        return text;
    }

    public List<ExampleUser> users() {
        List<ExampleUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asText())) {
                    JsonNode ministry = user.path("attributes").path("ministry").path(0);
                    users.add(new ExampleUser(user.path("username").asText(), credential.path("value").asText(),
                            user.path("realmRoles").path(0).asText(null), ministry.isMissingNode() ? null
                                    : ministry.asText()));
                }
            }
        }
        return users;
    }

    /** The example user of {@code role}, for {@code ministry} (null for the office). */
    public Optional<ExampleUser> user(String role, String ministry) {
        return users().stream().filter(user -> role.equals(user.role())
                && (ministry == null ? user.ministry() == null : ministry.equals(user.ministry()))).findFirst();
    }

    public String clientSecret(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IllegalStateException("the realm file has no client " + clientId);
    }
}
