package asean.review.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import asean.review.infra.keycloak.KeycloakServer;
import asean.review.infra.keycloak.KeycloakTokens;
import asean.review.infra.keycloak.RealmFile;

/**
 * Prints an access token from the local stack's Keycloak for one of the realm file's example users (what
 * {@code deploy/token.sh} runs): {@code [--repository DIR] [--keycloak URL] coordinator | submitter MINISTRY}.
 * It signs in with the command-line client's password grant; the token lasts an hour.
 */
public final class TokenMain {

    private static final String USAGE = "usage: token.sh coordinator | token.sh submitter MINISTRY";
    static final String CLIENT = "asean-cli";

    private TokenMain() {
    }

    public static void main(String[] args) {
        Path repository = Path.of(".");
        String keycloak = KeycloakServer.url(StackSettings.KEYCLOAK_PORT);
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repository" -> repository = Path.of(value(args, ++i));
                case "--keycloak" -> keycloak = value(args, ++i);
                default -> positional.add(args[i]);
            }
        }
        String role = positional.isEmpty() ? "" : positional.get(0);
        String ministry = positional.size() > 1 ? positional.get(1) : null;
        boolean valid = switch (role) {
            case "coordinator" -> ministry == null;
            case "submitter" -> ministry != null && positional.size() == 2;
            default -> false;
        };
        if (!valid) {
            fail(USAGE);
        }
        RealmFile realm = RealmFile.read(repository.resolve(StackSettings.REALM_FILE));
        RealmFile.ExampleUser user = realm.user(role, ministry).orElse(null);
        if (user == null) {
            fail(StackSettings.REALM_FILE + " has no example " + role + (ministry == null ? "" : " of " + ministry));
        }
        try {
            System.out.println(token(keycloak, user));
        } catch (RuntimeException e) {
            fail("Keycloak at " + keycloak + " gave no token (" + e.getMessage()
                    + "); is the stack running (deploy/run.sh)?");
        }
    }

    /** A token for {@code user} from the Keycloak at {@code keycloakUrl}. */
    public static String token(String keycloakUrl, RealmFile.ExampleUser user) {
        return new KeycloakTokens(keycloakUrl).password(KeycloakServer.REALM, CLIENT, user.username(), user.password());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(USAGE);
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
