package asean.review.stack.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer signed in to the pages without a browser, as a browser does it: the pages send it to Keycloak's sign-in
 * form, it posts its credentials there, Keycloak sends it back with a code and the pages set the session cookie,
 * which it then sends with every page it reads.
 */
public final class SignedInSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final String pages;

    private SignedInSession(HttpClient http, String pages) {
        this.http = http;
        this.pages = pages;
    }

    public static SignedInSession signIn(String pages, String username, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        SignedInSession session = new SignedInSession(http, pages);
        HttpResponse<String> signInForm = session.send(HttpRequest.newBuilder(URI.create(pages + "/")).build());
        Matcher action = FORM_ACTION.matcher(signInForm.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak sign-in form at " + signInForm.uri());
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(pages)) {
            throw new IllegalStateException(username + " is not signed in: " + home.statusCode() + " at " + home.uri());
        }
        return session;
    }

    /** Reads a page of the pages ({@code path} from {@code /}), as this officer. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(pages + path)).timeout(Duration.ofSeconds(30)).build());
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1, which it counts as a secure origin: Java's cookie manager would
     * never send a {@code Secure} cookie (Keycloak's, the pages' session) over plain HTTP.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name, name != null && name.equalsIgnoreCase(
                    "Set-Cookie") ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, headers);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
