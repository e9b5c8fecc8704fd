package asean.review.infra.keycloak;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import asean.review.infra.HttpProbe;

/**
 * How a Keycloak of this project runs: in development mode (its own H2 database, no TLS) on 127.0.0.1, from the
 * shared {@link KeycloakDistribution}, with its data in a directory of its own, so that one distribution serves
 * the local stack and every test. The first start on a machine builds the distribution (about 30 s).
 */
public final class KeycloakServer {

    /** The realm every service trusts; its definition is {@code deploy/keycloak/asean-review-realm.json}. */
    public static final String REALM = "asean-review";
    /** The realm's client of the ministries' pages (authorization code flow). */
    public static final String PAGES_CLIENT = "asean-pages";
    /** The realm's client whose service account report-service manages ministry officers with (users only). */
    public static final String PEOPLE_CLIENT = "report-service";
    /** The realm's client whose service account registry-service reads officers' addresses with (view, query). */
    public static final String MAIL_CLIENT = "registry-service";
    /** The administrator of the {@code master} realm, created on the first start with a password of the caller's. */
    public static final String ADMIN = "admin";

    private KeycloakServer() {
    }

    /** Where the repository keeps the realm's themes (its sign-in pages in Vietnamese). */
    public static final String THEMES = "deploy/keycloak/themes";

    /**
     * The command line of a Keycloak on {@code port} keeping its data in {@code dataDir}, with the themes of
     * {@code repository} ({@link #THEMES}).
     */
    public static List<String> command(Path repository, Path dataDir, int port, int managementPort) {
        Path data = dataDir.toAbsolutePath();
        return KeycloakDistribution.java(
                List.of("-Dquarkus.transaction-manager.object-store.directory=" + data.resolve("transaction-logs")),
                List.of("--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                        "--hostname=" + url(port), "--db-url-path=" + data,
                        "--spi-theme--folder--dir=" + repository.toAbsolutePath().resolve(THEMES)));
    }

    /** The repository the working directory is in (tests run in a module's directory). */
    public static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (java.nio.file.Files.isDirectory(dir.resolve(THEMES))) {
                return dir;
            }
        }
        throw new IllegalStateException("not in the project's repository: no " + THEMES + " above "
                + Path.of("").toAbsolutePath());
    }

    /** The first start's environment: it creates {@link #ADMIN} with {@code adminPassword}. */
    public static Map<String, String> environment(String adminPassword) {
        return Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    }

    public static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of the project's realm: what the services are pointed at. */
    public static String issuer(int port) {
        return url(port) + "/realms/" + REALM;
    }

    public static boolean isReady(int port) {
        return HttpProbe.answers200(URI.create(url(port) + "/realms/master"));
    }
}
