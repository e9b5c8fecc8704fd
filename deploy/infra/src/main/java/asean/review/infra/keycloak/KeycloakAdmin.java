package asean.review.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API, as the {@code master} realm's administrator: what the local stack and the tests do
 * to a realm (create it, bring it up to date, add users).
 */
public final class KeycloakAdmin {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String password;

    public KeycloakAdmin(String url, String adminPassword) {
        this.url = url;
        this.password = adminPassword;
    }

    public String url() {
        return url;
    }

    public boolean realmExists(String realm) {
        return call("GET", "/admin/realms/" + realm, null).statusCode() == 200;
    }

    /** GET of an admin resource, e.g. {@code /admin/realms/asean-review/roles}. */
    public JsonNode get(String path) {
        return json(expect(call("GET", path, null), 200));
    }

    /** GET of a public resource, e.g. a realm's JWKS. */
    public JsonNode publicJson(String path) {
        return json(expect(send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .build()), 200));
    }

    /** POST or PUT of {@code body} to an admin resource; answers the response's JSON, if any. */
    public JsonNode send(String method, String path, Object body) {
        HttpResponse<String> response = call(method, path, body);
        expect(response, 200, 201, 204);
        return response.body().isEmpty() ? JSON.nullNode() : json(response);
    }

    /** Tokens of this Keycloak's realms. */
    public KeycloakTokens tokens() {
        return new KeycloakTokens(url);
    }

    private String adminToken() {
        return tokens().password("master", "admin-cli", KeycloakServer.ADMIN, password);
    }

    private HttpResponse<String> call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + adminToken());
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
