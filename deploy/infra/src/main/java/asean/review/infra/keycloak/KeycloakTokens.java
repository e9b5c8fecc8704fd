package asean.review.infra.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from a Keycloak's token endpoint, as any of its clients asks for them. */
public final class KeycloakTokens {

    private final String url;

    /** {@code url}: the Keycloak's base URL, e.g. {@code http://127.0.0.1:8180}. */
    public KeycloakTokens(String url) {
        this.url = url;
    }

    /** A user's token, with the password grant of a client that allows it (direct access grants). */
    public String password(String realm, String client, String username, String password) {
        return token(realm, Map.of("grant_type", "password", "client_id", client, "username", username,
                "password", password));
    }

    /** A confidential client's own token (its service account), with the client-credentials grant. */
    public String clientCredentials(String realm, String client, String secret) {
        return token(realm, Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    private String token(String realm, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return KeycloakAdmin.json(KeycloakAdmin.expect(KeycloakAdmin.send(request), 200)).get("access_token").asText();
    }
}
